using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.Cli.Inputs;
using CloseLint.Text;

namespace CloseLint.Cli.Checking;

/// <summary>The findings and figures of one script (a file, or one CSV row), or why it could not be read.</summary>
internal sealed class ScriptReport
{
    /// <summary>Creates a report.</summary>
    public ScriptReport(InputFile source, string? record, int? row, int? fileLine, bool linesAreParagraphs, SourceText? text,
        ImmutableArray<Finding> findings, ScriptFigures? figures, FixOutcome? fix)
    {
        Source = source;
        Record = record;
        Row = row;
        FileLine = fileLine;
        LinesAreParagraphs = linesAreParagraphs;
        Text = text;
        Findings = findings;
        Figures = figures;
        Fix = fix;
    }

    /// <summary>The file.</summary>
    public InputFile Source { get; }

    /// <summary>The path as reports show it.</summary>
    public string Path => Source.DisplayPath;

    /// <summary>For a CSV row, the id column's value.</summary>
    public string? Record { get; }

    /// <summary>For a CSV row, its spreadsheet row number (the header is row 1).</summary>
    public int? Row { get; }

    /// <summary>For a CSV row, the 1-based line where it starts in the file.</summary>
    public int? FileLine { get; }

    /// <summary>True when reported lines are a Word document's paragraphs.</summary>
    public bool LinesAreParagraphs { get; }

    /// <summary>The checked text (after fixes), or null when it could not be read.</summary>
    public SourceText? Text { get; }

    /// <summary>Findings in document order; hidden ones included (only JSON and SARIF show them).</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>Figures for the coach, or null when the script could not be read.</summary>
    public ScriptFigures? Figures { get; }

    /// <summary>What <c>--fix</c> did, or null.</summary>
    public FixOutcome? Fix { get; }

    /// <summary>True when the input could not be read (or a fix could not be written).</summary>
    public bool HasInputProblem => Findings.Any(f => f.Id == InternalDiagnostics.UnreadableInput.Id);

    /// <summary>The findings people see: everything but hidden ones.</summary>
    public IEnumerable<Finding> VisibleFindings => Findings.Where(f => f.Severity != DiagnosticSeverity.Hidden);

    /// <summary>"row 3: ana", "row 3" or null: how reports name a CSV row.</summary>
    public string? RecordLabel => Row is null ? null : Record is null ? $"row {Row}" : $"row {Row}: {Record}";

    /// <summary>The name a coach knows the script by: the CSV id, else the path and row.</summary>
    public string DisplayName => Record ?? (RecordLabel is { } label ? $"{Path} [{label}]" : Path);
}
