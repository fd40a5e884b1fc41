namespace CloseLint.Cli.Reporting;

/// <summary>The formats <c>--format</c> names.</summary>
internal enum ReportFormat
{
    /// <summary>Compiler-style lines and a summary.</summary>
    Text,

    /// <summary>The documented JSON shape (docs/json-format.md).</summary>
    Json,

    /// <summary>SARIF 2.1.0.</summary>
    Sarif,

    /// <summary>GitHub Actions workflow-command annotations.</summary>
    GitHub,

    /// <summary>One self-contained HTML page for a coach.</summary>
    Html,
}
