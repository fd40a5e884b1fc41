using System.Text;
using CloseLint.Analysis;

namespace CloseLint.Cli.Reporting;

/// <summary>The report's two inline SVG charts: findings per rule, and how long the scripts take to say.</summary>
internal static class HtmlCharts
{
    private const int Width = 560;

    /// <summary>A horizontal bar a rule, longest first, labelled with the rule's id and title and its count.</summary>
    public static string FindingsPerRule(IReadOnlyList<(DiagnosticDescriptor Rule, int Count)> rules)
    {
        if (rules.Count == 0) return "<p class=\"empty\">No findings.</p>";
        const int row = 26, labelWidth = 250, top = 8;
        var max = rules.Max(r => r.Count);
        var height = top * 2 + rules.Count * row;
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart\" role=\"img\" aria-label=\"Findings per rule\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" style=\"max-width:{Width}px\">");
        for (var i = 0; i < rules.Count; i++)
        {
            var (rule, count) = rules[i];
            var y = top + i * row;
            var barWidth = Math.Max(2, (Width - labelWidth - 50) * (double)count / max);
            var label = $"{rule.Id} {rule.Title}";
            if (label.Length > 36) label = label[..35] + "…";
            svg.Append($"<text x=\"{labelWidth - 8}\" y=\"{y + 17}\" text-anchor=\"end\" class=\"label\">{Html.Encode(label)}</text>");
            svg.Append($"<rect x=\"{labelWidth}\" y=\"{y + 4}\" width=\"{Html.Number(barWidth)}\" height=\"{row - 8}\" rx=\"3\" class=\"bar {SeverityClass(rule.DefaultSeverity)}\"><title>{Html.Encode($"{rule.Id}: {count}")}</title></rect>");
            svg.Append($"<text x=\"{Html.Number(labelWidth + barWidth + 6)}\" y=\"{y + 17}\" class=\"value\">{count}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A histogram of speaking times in 15-second bins (wider for long scripts), with the median marked.</summary>
    public static string SpokenLengths(IReadOnlyList<double> seconds)
    {
        if (seconds.Count == 0) return "<p class=\"empty\">No scripts could be read.</p>";
        var max = seconds.Max();
        var binWidth = 15;
        while (max / binWidth > 14) binWidth *= 2;
        var bins = new int[(int)(max / binWidth) + 1];
        foreach (var value in seconds) bins[(int)(value / binWidth)]++;

        const int height = 236, bottom = 56, left = 36, top = 12;
        var plotWidth = Width - left - 10;
        var plotHeight = height - bottom - top;
        var tallest = bins.Max();
        var column = (double)plotWidth / bins.Length;
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart\" role=\"img\" aria-label=\"Spoken length of the scripts\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" style=\"max-width:{Width}px\">");
        svg.Append($"<line x1=\"{left}\" y1=\"{top + plotHeight}\" x2=\"{left + plotWidth}\" y2=\"{top + plotHeight}\" class=\"axis\"/>");
        svg.Append($"<text x=\"6\" y=\"{top + 10}\" class=\"value\">{tallest}</text>");
        for (var i = 0; i < bins.Length; i++)
        {
            var x = left + i * column;
            var barHeight = tallest == 0 ? 0 : plotHeight * (double)bins[i] / tallest;
            if (bins[i] > 0)
            {
                svg.Append($"<rect x=\"{Html.Number(x + 2)}\" y=\"{Html.Number(top + plotHeight - barHeight)}\" width=\"{Html.Number(column - 4)}\" height=\"{Html.Number(barHeight)}\" class=\"bar length\">");
                svg.Append($"<title>{bins[i]} script{(bins[i] == 1 ? "" : "s")}: {Html.Duration(i * binWidth)}–{Html.Duration((i + 1) * binWidth)}</title></rect>");
            }

            if (bins.Length <= 8 || i % 2 == 0)
                svg.Append($"<text x=\"{Html.Number(x)}\" y=\"{top + plotHeight + 16}\" class=\"tick\">{Html.Duration(i * binWidth)}</text>");
        }

        var sorted = seconds.Order().ToList();
        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        var medianX = left + plotWidth * median / (bins.Length * binWidth);
        svg.Append($"<line x1=\"{Html.Number(medianX)}\" y1=\"{top}\" x2=\"{Html.Number(medianX)}\" y2=\"{top + plotHeight}\" class=\"median\"/>");
        svg.Append($"<text x=\"{Html.Number(medianX)}\" y=\"{top + plotHeight + 30}\" text-anchor=\"middle\" class=\"median-label\">median {Html.Duration(median)}</text>");
        svg.Append($"<text x=\"{left + plotWidth / 2}\" y=\"{height - 6}\" text-anchor=\"middle\" class=\"tick\">spoken length (m:ss)</text>");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>The CSS class of a severity.</summary>
    public static string SeverityClass(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "suggestion",
    };
}
