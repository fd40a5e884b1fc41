namespace CloseLint.Analysis;

/// <summary>A configured severity for a rule, as written in <c>.editorconfig</c>.</summary>
public enum ReportDiagnostic
{
    /// <summary>Use the rule's default.</summary>
    Default,

    /// <summary><c>none</c>: do not report.</summary>
    Suppress,

    /// <summary><c>silent</c>.</summary>
    Hidden,

    /// <summary><c>suggestion</c>.</summary>
    Info,

    /// <summary><c>warning</c>.</summary>
    Warn,

    /// <summary><c>error</c>.</summary>
    Error,
}

/// <summary>Reads and writes severities in configuration form.</summary>
public static class ReportDiagnosticNames
{
    /// <summary>Reads <c>none|silent|suggestion|warning|error|default</c> (also <c>info</c>, <c>hidden</c>, <c>warn</c>).</summary>
    public static bool TryParse(string? value, out ReportDiagnostic report)
    {
        report = value?.Trim().ToLowerInvariant() switch
        {
            "none" or "off" => ReportDiagnostic.Suppress,
            "silent" or "hidden" => ReportDiagnostic.Hidden,
            "suggestion" or "info" => ReportDiagnostic.Info,
            "warning" or "warn" => ReportDiagnostic.Warn,
            "error" => ReportDiagnostic.Error,
            "default" => ReportDiagnostic.Default,
            _ => (ReportDiagnostic)(-1),
        };
        return Enum.IsDefined(report);
    }

    /// <summary>The configuration name of a severity: <c>silent</c>, <c>suggestion</c>, <c>warning</c> or <c>error</c>.</summary>
    public static string ToConfigName(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Hidden => "silent",
        DiagnosticSeverity.Info => "suggestion",
        DiagnosticSeverity.Warning => "warning",
        _ => "error",
    };

    /// <summary>The severity a configured value gives, or null when the rule is turned off.</summary>
    public static DiagnosticSeverity? ToSeverity(this ReportDiagnostic report, DiagnosticSeverity defaultSeverity) => report switch
    {
        ReportDiagnostic.Suppress => null,
        ReportDiagnostic.Hidden => DiagnosticSeverity.Hidden,
        ReportDiagnostic.Info => DiagnosticSeverity.Info,
        ReportDiagnostic.Warn => DiagnosticSeverity.Warning,
        ReportDiagnostic.Error => DiagnosticSeverity.Error,
        _ => defaultSeverity,
    };
}
