using System.Text;
using CloseLint.Cli.Checking;

namespace CloseLint.Cli.Reporting;

/// <summary>
/// Renders a script's text with its findings highlighted: each stretch of text is marked with the loudest severity
/// that covers it, carries every covering message as a tooltip, and a numbered note follows the end of each finding.
/// </summary>
internal static class HtmlScriptRenderer
{
    /// <summary>The script's text as HTML; <paramref name="numbers"/> gives each finding's note number.</summary>
    public static string Render(string text, IReadOnlyList<Finding> findings, IReadOnlyDictionary<Finding, int> numbers)
    {
        var points = new SortedSet<int> { 0, text.Length };
        foreach (var finding in findings)
        {
            points.Add(Math.Min(finding.Offset, text.Length));
            points.Add(Math.Min(finding.Offset + finding.Length, text.Length));
        }

        var endingAt = findings.ToLookup(f => Math.Min(f.Offset + f.Length, text.Length));
        var html = new StringBuilder(text.Length + findings.Count * 120);
        var previous = -1;
        foreach (var point in points)
        {
            if (previous >= 0 && point > previous)
            {
                var covering = findings.Where(f => f.Length > 0 && f.Offset <= previous && f.Offset + f.Length >= point).ToList();
                var segment = Html.Encode(text[previous..point]);
                if (covering.Count == 0)
                {
                    html.Append(segment);
                }
                else
                {
                    var loudest = covering.Max(f => f.Severity);
                    var title = string.Join("\n", covering.Select(f => $"{f.Id}: {f.Message}"));
                    html.Append($"<mark class=\"{HtmlCharts.SeverityClass(loudest)}\" title=\"{Html.Encode(title)}\">{segment}</mark>");
                }
            }

            foreach (var finding in endingAt[point])
                html.Append($"<sup class=\"note {HtmlCharts.SeverityClass(finding.Severity)}\" title=\"{Html.Encode($"{finding.Id}: {finding.Message}")}\">{numbers[finding]}</sup>");

            previous = point;
        }

        return html.ToString();
    }
}
