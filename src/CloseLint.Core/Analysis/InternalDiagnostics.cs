namespace CloseLint.Analysis;

/// <summary>Diagnostics CloseLint reports about itself.</summary>
public static class InternalDiagnostics
{
    /// <summary>CL9001: an analyzer threw; the others still ran.</summary>
    public static DiagnosticDescriptor AnalyzerFailed { get; } = new("CL9001",
        title: "Analyzer failed",
        messageFormat: "Analyzer '{0}' failed and was skipped: {1}",
        category: DiagnosticCategories.Internal, defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>CL9002: a configuration file has a problem.</summary>
    public static DiagnosticDescriptor ConfigurationProblem { get; } = new("CL9002",
        title: "Configuration problem",
        messageFormat: "{0}",
        category: DiagnosticCategories.Internal, defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>CL9003: a host could not read an input (missing, binary, invalid encoding, corrupt document, malformed row).</summary>
    public static DiagnosticDescriptor UnreadableInput { get; } = new("CL9003",
        title: "Input cannot be read",
        messageFormat: "{0}",
        category: DiagnosticCategories.Internal, defaultSeverity: DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>CL9004: a host was given a script that is empty or only whitespace, so there is nothing to check.</summary>
    public static DiagnosticDescriptor EmptyScript { get; } = new("CL9004",
        title: "Empty script",
        messageFormat: "{0}",
        category: DiagnosticCategories.Internal, defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true);
}
