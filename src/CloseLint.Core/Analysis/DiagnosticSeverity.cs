namespace CloseLint.Analysis;

/// <summary>How loudly a diagnostic is shown; ordered from quiet to loud.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Not shown to users; tools may still read it ("silent" in configuration).</summary>
    Hidden = 0,

    /// <summary>A suggestion ("suggestion" in configuration).</summary>
    Info = 1,

    /// <summary>Something to fix.</summary>
    Warning = 2,

    /// <summary>Something that must be fixed.</summary>
    Error = 3,
}
