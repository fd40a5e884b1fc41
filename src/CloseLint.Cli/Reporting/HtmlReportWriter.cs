using System.Text;
using CloseLint.Analysis;
using CloseLint.Cli.Checking;
using CloseLint.Intent;

namespace CloseLint.Cli.Reporting;

/// <summary>
/// One self-contained HTML page for a coach: overall figures, a chart of findings per rule and of spoken lengths
/// (inline SVG), a table with a row a student or file (spoken length, concern ✓/✗, ask ✓/✗, gimmicks, findings),
/// then every script with its findings highlighted. No scripts, fonts or images are fetched.
/// </summary>
internal sealed class HtmlReportWriter(string toolVersion) : IReportWriter
{
    /// <inheritdoc/>
    public void Write(BatchResult result, TextWriter output)
    {
        var readable = result.Scripts.Where(s => s.Figures is not null).ToList();
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<title>CloseLint report</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");

        html.Append("<header><h1>Closing scripts</h1><p class=\"meta\">")
            .Append(Html.Encode($"{Count(result.Scripts.Length, "script")} from {Count(result.FileCount, "file")} · checked by CloseLint {toolVersion} ({result.DetectorName} intent detector)"))
            .Append("</p></header>\n");

        AppendCards(html, result, readable);
        AppendCharts(html, result, readable);
        AppendTable(html, result);
        AppendScripts(html, result);
        html.Append("</body>\n</html>");
        output.WriteLine(html.ToString());
    }

    private static void AppendCards(StringBuilder html, BatchResult result, List<ScriptReport> readable)
    {
        var concern = readable.Count(s => s.Figures!.HasConcernQuestion);
        var ask = readable.Count(s => s.Figures!.HasFullAsk);
        var lengths = readable.Select(s => s.Figures!.SpeakingSeconds).Order().ToList();
        var median = lengths.Count == 0 ? 0 : lengths[lengths.Count / 2];
        html.Append("<section class=\"cards\">");
        Card(html, "Scripts", readable.Count.ToString(), result.Scripts.Length > readable.Count ? $"{result.Scripts.Length - readable.Count} could not be read" : "all read");
        Card(html, "Ask a concern question", $"{concern} / {readable.Count}", "invite the interviewer's doubts");
        Card(html, "Make the full ask", $"{ask} / {readable.Count}", "interest and next steps");
        Card(html, "Median spoken length", Html.Duration(median), lengths.Count == 0 ? "" : $"longest {Html.Duration(lengths[^1])}");
        Card(html, "Findings", (result.Errors + result.Warnings + result.Suggestions).ToString(),
            $"{Count(result.Errors, "error")}, {Count(result.Warnings, "warning")}, {Count(result.Suggestions, "suggestion")}");
        html.Append("</section>\n");
    }

    private static void Card(StringBuilder html, string label, string value, string note) =>
        html.Append($"<div class=\"card\"><div class=\"label\">{Html.Encode(label)}</div><div class=\"big\">{Html.Encode(value)}</div><div class=\"note\">{Html.Encode(note)}</div></div>");

    private static void AppendCharts(StringBuilder html, BatchResult result, List<ScriptReport> readable)
    {
        var perRule = result.Scripts.SelectMany(s => s.VisibleFindings)
            .GroupBy(f => f.Descriptor)
            .Select(g => (Rule: g.Key, Count: g.Count()))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Rule.Id, StringComparer.Ordinal)
            .ToList();
        html.Append("<section class=\"charts\"><figure><figcaption>Findings per rule</figcaption>")
            .Append(HtmlCharts.FindingsPerRule(perRule))
            .Append("</figure><figure><figcaption>How long the scripts take to say</figcaption>")
            .Append(HtmlCharts.SpokenLengths([.. readable.Select(s => s.Figures!.SpeakingSeconds)]))
            .Append("</figure></section>\n");
    }

    private static void AppendTable(StringBuilder html, BatchResult result)
    {
        html.Append("<section><h2>Scripts</h2><table><thead><tr><th>Student / file</th><th class=\"num\">Spoken</th><th class=\"num\">Summary</th>")
            .Append("<th>Concern</th><th>Ask</th><th class=\"num\">Gimmicks</th><th class=\"num\">Errors</th><th class=\"num\">Warnings</th><th class=\"num\">Suggestions</th></tr></thead><tbody>\n");
        for (var i = 0; i < result.Scripts.Length; i++)
        {
            var script = result.Scripts[i];
            var visible = script.VisibleFindings.ToList();
            html.Append($"<tr><td><a href=\"#script-{i + 1}\">{Html.Encode(script.DisplayName)}</a>");
            if (script.Record is not null) html.Append($"<div class=\"path\">{Html.Encode(script.Path)} · {Html.Encode(script.RecordLabel!)}</div>");
            html.Append("</td>");
            if (script.Figures is { } figures)
            {
                html.Append($"<td class=\"num\">{Html.Duration(figures.SpeakingSeconds)}</td><td class=\"num\">{Html.Duration(figures.SummarySeconds)}</td>")
                    .Append($"<td>{Mark(figures.HasConcernQuestion)}</td><td>{Mark(figures.HasFullAsk)}{AskNote(figures.AskParts)}</td>")
                    .Append($"<td class=\"num\">{figures.GimmickCount}</td>");
            }
            else
            {
                html.Append("<td colspan=\"5\" class=\"unreadable\">could not be read</td>");
            }

            html.Append($"<td class=\"num\">{CountCell(visible, DiagnosticSeverity.Error)}</td><td class=\"num\">{CountCell(visible, DiagnosticSeverity.Warning)}</td>")
                .Append($"<td class=\"num\">{CountCell(visible, DiagnosticSeverity.Info)}</td></tr>\n");
        }

        html.Append("</tbody></table></section>\n");
    }

    private static void AppendScripts(StringBuilder html, BatchResult result)
    {
        html.Append("<section><h2>Each script</h2>\n");
        for (var i = 0; i < result.Scripts.Length; i++)
        {
            var script = result.Scripts[i];
            var visible = script.VisibleFindings.ToList();
            var numbers = new Dictionary<Finding, int>(ReferenceEqualityComparer.Instance);
            for (var n = 0; n < visible.Count; n++) numbers[visible[n]] = n + 1;

            html.Append($"<article id=\"script-{i + 1}\"><h3>{Html.Encode(script.DisplayName)}</h3>");
            if (script.Figures is { } figures)
            {
                html.Append("<p class=\"figures\">")
                    .Append(Html.Encode($"Spoken {Html.Duration(figures.SpeakingSeconds)} · summary {Html.Duration(figures.SummarySeconds)} · "))
                    .Append($"concern {Mark(figures.HasConcernQuestion)} · ask {Mark(figures.HasFullAsk)}{AskNote(figures.AskParts)} · ")
                    .Append(Html.Encode(Count(figures.GimmickCount, "gimmick")))
                    .Append("</p>");
            }

            if (script.Text is { } text)
                html.Append("<pre class=\"script\">").Append(HtmlScriptRenderer.Render(text.ToString(), visible, numbers)).Append("</pre>");

            if (visible.Count == 0)
            {
                html.Append("<p class=\"clean\">No findings.</p>");
            }
            else
            {
                html.Append("<ol class=\"findings\">");
                foreach (var finding in visible)
                {
                    var place = script.LinesAreParagraphs
                        ? $"paragraph {finding.Range.Start.Line + 1}, character {finding.Range.Start.Character + 1}"
                        : $"line {finding.Range.Start.Line + 1}, character {finding.Range.Start.Character + 1}";
                    html.Append($"<li><span class=\"sev {HtmlCharts.SeverityClass(finding.Severity)}\">{finding.Severity.ToReportName()}</span> ")
                        .Append($"<a href=\"{Html.Encode(finding.Descriptor.HelpLinkUri)}\" class=\"id\">{finding.Id}</a> ")
                        .Append(Html.Encode(finding.Message))
                        .Append($" <span class=\"where\">{Html.Encode(place)}</span></li>");
                }

                html.Append("</ol>");
            }

            html.Append("</article>\n");
        }

        html.Append("</section>\n");
    }

    private static string Mark(bool yes) => yes ? "<span class=\"yes\" title=\"yes\">✓</span>" : "<span class=\"no\" title=\"no\">✗</span>";

    private static string AskNote(AskParts parts) => parts switch
    {
        AskParts.Interest => " <span class=\"partial\">interest only</span>",
        AskParts.NextSteps => " <span class=\"partial\">next steps only</span>",
        _ => string.Empty,
    };

    private static string CountCell(List<Finding> findings, DiagnosticSeverity severity)
    {
        var count = findings.Count(f => f.Severity == severity);
        return count == 0 ? "<span class=\"zero\">0</span>" : $"<span class=\"sev-count {HtmlCharts.SeverityClass(severity)}\">{count}</span>";
    }

    private static string Count(int count, string singular) => SeverityNames.Count(count, singular);

    private const string Style = """
        :root { --error: #c62828; --warning: #b26a00; --suggestion: #1565c0; --ink: #1f2328; --muted: #656d76; --line: #d0d7de; }
        * { box-sizing: border-box; }
        body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 1180px; padding: 24px; }
        h1 { margin: 0; font-size: 28px; } h2 { margin-top: 36px; border-bottom: 1px solid var(--line); padding-bottom: 4px; } h3 { margin: 0 0 4px; }
        .meta, .note, .path, .where, .tick, .partial, .zero { color: var(--muted); }
        .cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 20px 0; }
        .card { flex: 1 1 180px; border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
        .card .label { font-size: 13px; color: var(--muted); } .card .big { font-size: 28px; font-weight: 600; } .card .note { font-size: 13px; }
        .charts { display: flex; flex-wrap: wrap; gap: 24px; } figure { margin: 0; flex: 1 1 420px; min-width: 0; } figcaption { font-weight: 600; margin-bottom: 6px; }
        .chart .label, .chart .value { font-size: 12px; fill: var(--ink); } .chart .tick { font-size: 11px; fill: var(--muted); }
        .chart .axis { stroke: var(--line); } .chart .median { stroke: #cf222e; stroke-width: 2; stroke-dasharray: 5 3; } .chart .median-label { font-size: 11px; fill: #cf222e; font-weight: 600; }
        .bar.error { fill: var(--error); } .bar.warning { fill: #e09100; } .bar.suggestion { fill: var(--suggestion); } .bar.length { fill: #57606a; }
        table { border-collapse: collapse; width: 100%; font-size: 14px; }
        th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { background: #f6f8fa; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        .path { font-size: 12px; } .unreadable { color: var(--error); }
        .yes { color: #1a7f37; font-weight: 700; } .no { color: var(--error); font-weight: 700; }
        .sev-count.error, .sev.error { color: var(--error); } .sev-count.warning, .sev.warning { color: var(--warning); } .sev-count.suggestion, .sev.suggestion { color: var(--suggestion); }
        .sev { font-weight: 600; }
        article { border: 1px solid var(--line); border-radius: 8px; padding: 14px 18px; margin: 16px 0; }
        .figures { margin: 0 0 8px; color: var(--muted); }
        pre.script { white-space: pre-wrap; word-wrap: break-word; font: 14px/1.6 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f6f8fa; padding: 12px; border-radius: 6px; margin: 0; }
        mark { border-radius: 3px; padding: 0 1px; } mark.error { background: #ffd7d5; border-bottom: 2px solid var(--error); }
        mark.warning { background: #fff1c2; border-bottom: 2px solid #e09100; } mark.suggestion { background: #ddf4ff; border-bottom: 2px dotted var(--suggestion); }
        sup.note { font-size: 10px; font-weight: 700; margin-left: 1px; } sup.note.error { color: var(--error); } sup.note.warning { color: var(--warning); } sup.note.suggestion { color: var(--suggestion); }
        ol.findings { margin: 10px 0 0; padding-left: 24px; } ol.findings li { margin: 2px 0; } .id { font-family: ui-monospace, monospace; }
        .clean { color: #1a7f37; margin: 8px 0 0; } .where { font-size: 12px; } .empty { color: var(--muted); }
        @media print { body { max-width: none; } article { break-inside: avoid; } }
        """;
}
