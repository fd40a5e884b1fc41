using System.Collections.Immutable;
using CloseLint.Text;

namespace CloseLint.Syntax;

/// <summary>
/// An immutable, parsed closing script: its text and the prose in it, in sections, paragraphs, sentences and words.
/// Edit by parsing the result of <see cref="SourceText.WithChanges(IEnumerable{TextChange})"/> again.
/// </summary>
public sealed class ScriptDocument
{
    internal ScriptDocument(SourceText text, string? filePath, ScriptFormat format, ImmutableArray<SectionSyntax> sections,
        ImmutableArray<ParagraphSyntax> paragraphs, ImmutableArray<SentenceSyntax> sentences, ImmutableArray<CommentTrivia> comments,
        ImmutableArray<ProseSegment> segments = default)
    {
        Text = text;
        FilePath = filePath;
        Format = format;
        Sections = sections;
        Paragraphs = paragraphs;
        Sentences = sentences;
        Comments = comments;
        Segments = segments;
    }

    /// <summary>The whole text.</summary>
    public SourceText Text { get; }

    /// <summary>The file the text came from, if any; it decides which <c>.editorconfig</c> sections apply.</summary>
    public string? FilePath { get; }

    /// <summary>How the text was read.</summary>
    public ScriptFormat Format { get; }

    /// <summary>Sections in order; there is always at least one.</summary>
    public ImmutableArray<SectionSyntax> Sections { get; }

    /// <summary>Paragraphs of prose in order.</summary>
    public ImmutableArray<ParagraphSyntax> Paragraphs { get; }

    /// <summary>Sentences of prose in order.</summary>
    public ImmutableArray<SentenceSyntax> Sentences { get; }

    /// <summary>HTML comments in order.</summary>
    public ImmutableArray<CommentTrivia> Comments { get; }

    /// <summary>The pieces as parsed, for the next version to reuse; default when the document was parsed whole.</summary>
    internal ImmutableArray<ProseSegment> Segments { get; }

    /// <summary>Parses <paramref name="text"/>; the format comes from <paramref name="filePath"/> unless given.</summary>
    public static ScriptDocument Parse(SourceText text, string? filePath = null, ScriptFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ScriptParser.Parse(text, filePath, format ?? ScriptFormats.FromPath(filePath));
    }

    /// <summary>Parses a string.</summary>
    public static ScriptDocument Parse(string text, string? filePath = null, ScriptFormat? format = null) =>
        Parse(SourceText.From(text), filePath, format);

    /// <summary>
    /// The same document with new text, parsed again. The result is exactly what <see cref="Parse(SourceText, string?, ScriptFormat?)"/>
    /// gives, but plain text reuses the blocks (runs of non-blank lines) this version shares with the new text at
    /// its start and end, so an edit costs about what the blocks it touched cost. Markdown is cut into pieces only
    /// where Markdig reads each exactly as in the whole document, and parsed whole otherwise.
    /// </summary>
    public ScriptDocument WithText(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ScriptParser.Parse(text, FilePath, Format, previous: this);
    }

    /// <summary>The same document with <paramref name="changes"/> applied to its text (see <see cref="WithText"/>).</summary>
    public ScriptDocument WithChanges(params IEnumerable<TextChange> changes) => WithText(Text.WithChanges(changes));

    /// <summary>The section that holds <paramref name="sentence"/>.</summary>
    public SectionSyntax GetSection(SentenceSyntax sentence) => Sections[sentence.SectionIndex];

    /// <summary>The sentences of <paramref name="section"/>.</summary>
    public ReadOnlySpan<SentenceSyntax> GetSentences(SectionSyntax section) =>
        Sentences.AsSpan().Slice(section.FirstSentence, section.SentenceCount);

    /// <summary>The sentences of <paramref name="paragraph"/>.</summary>
    public ReadOnlySpan<SentenceSyntax> GetSentences(ParagraphSyntax paragraph) =>
        Sentences.AsSpan().Slice(paragraph.FirstSentence, paragraph.SentenceCount);

    /// <summary>The sentence whose span contains or ends at <paramref name="position"/>, if any.</summary>
    public SentenceSyntax? FindSentence(int position)
    {
        int low = 0, high = Sentences.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var span = Sentences[mid].Span;
            if (position < span.Start) high = mid - 1;
            else if (position > span.End) low = mid + 1;
            else return Sentences[mid];
        }

        return null;
    }
}
