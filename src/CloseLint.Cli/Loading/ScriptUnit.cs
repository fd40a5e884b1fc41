using CloseLint.Cli.Inputs;
using CloseLint.Syntax;
using CloseLint.Text;

namespace CloseLint.Cli.Loading;

/// <summary>
/// One script to check: a whole text file, a Word document, or one row of a CSV file. A Word document's text is
/// its paragraphs separated by blank lines, so text line <c>2p</c> is paragraph <c>p</c>; reports give paragraphs.
/// </summary>
internal sealed class ScriptUnit
{
    private readonly int[] _paragraphPrefixes;

    private ScriptUnit(InputFile source, SourceText text, ScriptFormat format, string? record, int? row, int? fileLine, int[] paragraphPrefixes)
    {
        Source = source;
        Text = text;
        Format = format;
        Record = record;
        Row = row;
        FileLine = fileLine;
        _paragraphPrefixes = paragraphPrefixes;
    }

    /// <summary>The file it came from.</summary>
    public InputFile Source { get; }

    /// <summary>The script's text.</summary>
    public SourceText Text { get; }

    /// <summary>How the text is parsed.</summary>
    public ScriptFormat Format { get; }

    /// <summary>For a CSV row: the id column's value, or null.</summary>
    public string? Record { get; }

    /// <summary>For a CSV row: its row number as a spreadsheet shows it (the header is row 1).</summary>
    public int? Row { get; }

    /// <summary>For a CSV row: the 1-based line of the file where the row starts.</summary>
    public int? FileLine { get; }

    /// <summary>True when reported lines are paragraphs (Word documents).</summary>
    public bool LinesAreParagraphs => Source.Kind == InputKind.Docx;

    /// <summary>A text or Markdown file, or standard input.</summary>
    public static ScriptUnit FromText(InputFile source, SourceText text) =>
        new(source, text, source.Kind == InputKind.Markdown ? ScriptFormat.Markdown : ScriptFormat.PlainText, null, null, null, []);

    /// <summary>A Word document whose paragraph <c>p</c> starts with <paramref name="paragraphPrefixes"/>[p] added characters.</summary>
    public static ScriptUnit FromDocx(InputFile source, SourceText text, int[] paragraphPrefixes) =>
        new(source, text, ScriptFormat.PlainText, null, null, null, paragraphPrefixes);

    /// <summary>One row of a CSV or TSV file.</summary>
    public static ScriptUnit FromRow(InputFile source, SourceText text, string? record, int row, int fileLine) =>
        new(source, text, ScriptFormat.PlainText, record, row, fileLine, []);

    /// <summary>A text position as reports give it: lines stay lines; in a Word document, the paragraph and its character.</summary>
    public LinePosition ToReported(LinePosition position)
    {
        if (!LinesAreParagraphs) return position;
        var paragraph = position.Line / 2;
        var prefix = paragraph < _paragraphPrefixes.Length ? _paragraphPrefixes[paragraph] : 0;
        return new LinePosition(paragraph, Math.Max(0, position.Character - prefix));
    }

    /// <summary>A text span as reports give it.</summary>
    public LinePositionSpan ToReported(LinePositionSpan span) => new(ToReported(span.Start), ToReported(span.End));
}
