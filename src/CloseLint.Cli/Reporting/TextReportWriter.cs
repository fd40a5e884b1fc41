using System.Text;
using CloseLint.Analysis;
using CloseLint.Cli.Checking;

namespace CloseLint.Cli.Reporting;

/// <summary>
/// Compiler-style lines (<c>path(line,col): warning CL0002: message</c>, 1-based) and a summary line; severities are
/// colored when <see cref="UseColor"/> is set (a terminal without <c>NO_COLOR</c>).
/// </summary>
internal sealed class TextReportWriter(bool useColor) : IReportWriter
{
    private const string Reset = "\u001b[0m";

    /// <summary>True when ANSI colors are written.</summary>
    public bool UseColor { get; } = useColor;

    /// <inheritdoc/>
    public void Write(BatchResult result, TextWriter output)
    {
        var line = new StringBuilder();
        foreach (var script in result.Scripts)
        {
            foreach (var finding in script.VisibleFindings)
            {
                line.Clear();
                line.Append(Locations.Describe(script, finding)).Append(": ")
                    .Append(Paint(finding.Severity.ToReportName(), ColorOf(finding.Severity)))
                    .Append(' ').Append(finding.Id).Append(": ").Append(finding.Message);
                output.WriteLine(line.ToString());
            }
        }

        output.WriteLine(Summary(result));
        var fixedScripts = result.Scripts.Where(s => s.Fix is { Written: true }).ToList();
        if (fixedScripts.Count > 0)
            output.WriteLine($"Fixed {SeverityNames.Count(fixedScripts.Sum(s => s.Fix!.Applied), "problem")} in {SeverityNames.Count(fixedScripts.Count, "file")}.");
    }

    /// <summary>"Checked 3 files: 1 error, 2 warnings, 0 suggestions." and, when some could not be read, how many.</summary>
    public string Summary(BatchResult result)
    {
        var scripts = result.Scripts.Length;
        var files = result.FileCount;
        var what = scripts == files ? SeverityNames.Count(files, "file") : $"{SeverityNames.Count(scripts, "script")} from {SeverityNames.Count(files, "file")}";
        var unreadable = result.Scripts.Count(s => s.HasInputProblem);
        var counts = $"{Paint(SeverityNames.Count(result.Errors, "error"), result.Errors > 0 ? ColorOf(DiagnosticSeverity.Error) : null)}, "
            + $"{Paint(SeverityNames.Count(result.Warnings, "warning"), result.Warnings > 0 ? ColorOf(DiagnosticSeverity.Warning) : null)}, "
            + $"{Paint(SeverityNames.Count(result.Suggestions, "suggestion"), result.Suggestions > 0 ? ColorOf(DiagnosticSeverity.Info) : null)}";
        var tail = unreadable > 0 ? $" {unreadable} could not be read." : string.Empty;
        return $"Checked {what}: {counts}.{tail}";
    }

    private static string? ColorOf(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "\u001b[1;31m",
        DiagnosticSeverity.Warning => "\u001b[33m",
        DiagnosticSeverity.Info => "\u001b[36m",
        _ => null,
    };

    private string Paint(string text, string? color) => UseColor && color is not null ? color + text + Reset : text;
}
