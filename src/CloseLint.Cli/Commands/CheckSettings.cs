using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.Cli.Loading;
using CloseLint.Cli.Reporting;

namespace CloseLint.Cli.Commands;

/// <summary>Everything <c>closelint check</c> was asked to do.</summary>
internal sealed record CheckSettings
{
    /// <summary>Paths, folders, globs and <c>-</c>.</summary>
    public ImmutableArray<string> Paths { get; init; } = ["."];

    /// <summary>The report format.</summary>
    public ReportFormat Format { get; init; } = ReportFormat.Text;

    /// <summary>Where the report goes; null for standard output.</summary>
    public string? OutputPath { get; init; }

    /// <summary>The lowest severity that fails the run; null never fails on findings.</summary>
    public DiagnosticSeverity? FailOn { get; init; } = DiagnosticSeverity.Warning;

    /// <summary>Globs a folder search includes (empty: the default extensions).</summary>
    public ImmutableArray<string> Includes { get; init; } = [];

    /// <summary>Globs left out of folder and glob searches.</summary>
    public ImmutableArray<string> Excludes { get; init; } = [];

    /// <summary>The CSV columns.</summary>
    public CsvColumns Columns { get; init; } = CsvColumns.Default;

    /// <summary>The name standard input is checked as (format, <c>.editorconfig</c> and reports).</summary>
    public string? StdinFileName { get; init; }

    /// <summary>Apply fixes.</summary>
    public bool Fix { get; init; }

    /// <summary>With <see cref="Fix"/>: print a diff instead of writing.</summary>
    public bool DryRun { get; init; }

    /// <summary>No progress bar or notes.</summary>
    public bool Quiet { get; init; }

    /// <summary><c>auto</c>, <c>lexical</c> or <c>model</c>.</summary>
    public string Detector { get; init; } = "auto";

    /// <summary>Never color the text report.</summary>
    public bool NoColor { get; init; }

    /// <summary>Inputs larger than this many bytes are reported (CL9003) instead of read.</summary>
    public long MaxFileBytes { get; init; } = ByteSize.DefaultLimit;

    /// <summary>Threads that check at once.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;
}
