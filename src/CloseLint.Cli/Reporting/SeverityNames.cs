using CloseLint.Analysis;

namespace CloseLint.Cli.Reporting;

/// <summary>How each format names severities.</summary>
internal static class SeverityNames
{
    /// <summary>The JSON and text name: <c>error</c>, <c>warning</c>, <c>suggestion</c>, or <c>info</c> for a silent (hidden) finding.</summary>
    public static string ToReportName(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "suggestion",
        _ => "info",
    };

    /// <summary>The SARIF level: <c>error</c>, <c>warning</c>, <c>note</c> or <c>none</c>.</summary>
    public static string ToSarifLevel(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    /// <summary>The GitHub workflow command: <c>error</c>, <c>warning</c> or <c>notice</c>.</summary>
    public static string ToGitHubCommand(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>Reads a <c>--fail-on</c> value: <c>error</c>, <c>warning</c>, <c>suggestion</c> (or <c>info</c>), or <c>none</c> (null).</summary>
    public static bool TryParseThreshold(string value, out DiagnosticSeverity? threshold)
    {
        threshold = value.ToLowerInvariant() switch
        {
            "error" => DiagnosticSeverity.Error,
            "warning" => DiagnosticSeverity.Warning,
            "suggestion" or "info" => DiagnosticSeverity.Info,
            _ => null,
        };
        return threshold is not null || value.Equals("none", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"1 error", "2 warnings".</summary>
    public static string Count(int count, string singular) => count == 1 ? $"1 {singular}" : $"{count} {singular}s";
}
