using System.Collections.Immutable;
using CloseLint.Text;

namespace CloseLint.Syntax;

/// <summary>
/// Assembles a <see cref="ScriptDocument"/> from headings and blocks of prose in document order: splits blocks into
/// sentences and words, numbers sentences, paragraphs and sections, and brings over the parts of a previous version
/// that an edit did not touch (shifted and renumbered when they moved, the very same objects when they did not).
/// </summary>
internal sealed class DocumentBuilder(SourceText text, ScriptDocument? previous = null)
{
    private readonly ImmutableArray<SectionSyntax>.Builder _sections = ImmutableArray.CreateBuilder<SectionSyntax>();
    private readonly ImmutableArray<ParagraphSyntax>.Builder _paragraphs = ImmutableArray.CreateBuilder<ParagraphSyntax>(previous?.Paragraphs.Length ?? 4);
    private readonly ImmutableArray<SentenceSyntax>.Builder _sentences = ImmutableArray.CreateBuilder<SentenceSyntax>(previous?.Sentences.Length ?? 8);
    private readonly List<TextSpan> _sentenceSpans = [];
    private ImmutableArray<ProseSegment>.Builder? _segments;
    private ImmutableArray<SegmentItem>.Builder? _items;
    private int _segmentStart;
    private int _segmentFirstParagraph;

    private string? _heading;
    private TextSpan? _headingSpan;
    private int _sectionStart;
    private int _sectionFirstSentence;

    /// <summary>Starts a heading, which ends the section before it.</summary>
    public void AddHeading(int start, int end, string heading)
    {
        CloseSection(start);
        _heading = heading;
        _headingSpan = TextSpan.FromBounds(start, end);
        _sectionStart = start;
        _sectionFirstSentence = _sentences.Count;
        _items?.Add(new SegmentItem(start - _segmentStart, end - _segmentStart, heading, 0));
    }

    /// <summary>Adds the sentences of <paramref name="block"/> of <paramref name="prose"/>, which starts at <paramref name="offset"/> in the text.</summary>
    public void AddProse(char[] prose, int offset, ProseBlock block)
    {
        _sentenceSpans.Clear();
        SentenceSplitter.Split(prose, block.Start, block.End, _sentenceSpans);
        var firstSentence = _sentences.Count;
        foreach (var span in _sentenceSpans)
        {
            var sentenceText = ProseText(prose, span);
            var words = WordTokenizer.Tokenize(sentenceText, offset + span.Start);
            if (words.IsEmpty) continue;
            _sentences.Add(new SentenceSyntax(_sentences.Count, new TextSpan(offset + span.Start, span.Length), sentenceText, words, _paragraphs.Count, _sections.Count));
        }

        if (_sentences.Count == firstSentence) return;
        var paragraphSpan = TextSpan.FromBounds(_sentences[firstSentence].Span.Start, _sentences[^1].Span.End);
        _items?.Add(new SegmentItem(0, 0, null, _paragraphs.Count - _segmentFirstParagraph));
        _paragraphs.Add(new ParagraphSyntax(_paragraphs.Count, paragraphSpan, _sections.Count, firstSentence, _sentences.Count - firstSentence));
    }

    /// <summary>Starts recording a segment that will be parsed here.</summary>
    public void BeginSegment(int start)
    {
        _segments ??= ImmutableArray.CreateBuilder<ProseSegment>(previous?.Segments.Length ?? 4);
        _segmentStart = start;
        _segmentFirstParagraph = _paragraphs.Count;
        _items = ImmutableArray.CreateBuilder<SegmentItem>();
    }

    /// <summary>Ends the segment started by <see cref="BeginSegment"/>.</summary>
    public void EndSegment(int length, bool isTitle, bool hasComments)
    {
        _segments!.Add(new ProseSegment(_segmentStart, length, isTitle, hasComments, _items!.DrainToImmutable(), _segmentFirstParagraph));
        _items = null;
    }

    /// <summary>Brings over a segment of the previous version, now starting at <paramref name="start"/>.</summary>
    public void ReuseSegment(ProseSegment segment, int start)
    {
        _segments ??= ImmutableArray.CreateBuilder<ProseSegment>(previous!.Segments.Length);
        var delta = start - segment.Start;
        var firstParagraph = _paragraphs.Count;
        foreach (var item in segment.Items)
        {
            if (item.Heading is not null) AddHeading(start + item.Start, start + item.End, item.Heading);
            else ReuseParagraph(previous!.Paragraphs[segment.FirstParagraph + item.Paragraph], delta);
        }

        _segments.Add(delta == 0 && firstParagraph == segment.FirstParagraph ? segment : segment with { Start = start, FirstParagraph = firstParagraph });
    }

    public ScriptDocument Build(string? filePath, ScriptFormat format, ImmutableArray<CommentTrivia> comments)
    {
        CloseSection(text.Length);
        if (_sections.Count == 0)
            _sections.Add(new SectionSyntax(0, null, null, new TextSpan(0, text.Length), SectionKind.Unknown, 0, 0));

        return new ScriptDocument(text, filePath, format, _sections.DrainToImmutable(), _paragraphs.DrainToImmutable(), _sentences.DrainToImmutable(),
            comments, _segments?.DrainToImmutable() ?? default);
    }

    private void ReuseParagraph(ParagraphSyntax paragraph, int delta)
    {
        var old = previous!.Sentences.AsSpan().Slice(paragraph.FirstSentence, paragraph.SentenceCount);
        if (delta == 0 && paragraph.Index == _paragraphs.Count && paragraph.FirstSentence == _sentences.Count && paragraph.SectionIndex == _sections.Count)
        {
            // Nothing before it changed: the very same objects.
            _paragraphs.Add(paragraph);
            foreach (var sentence in old) _sentences.Add(sentence);
            return;
        }

        var firstSentence = _sentences.Count;
        foreach (var sentence in old)
        {
            var words = delta == 0 ? sentence.Words : Shift(sentence.Words, delta);
            _sentences.Add(new SentenceSyntax(_sentences.Count, new TextSpan(sentence.Span.Start + delta, sentence.Span.Length), sentence.Text, words,
                _paragraphs.Count, _sections.Count, sentence.Memo));
        }

        _paragraphs.Add(new ParagraphSyntax(_paragraphs.Count, new TextSpan(paragraph.Span.Start + delta, paragraph.Span.Length), _sections.Count,
            firstSentence, paragraph.SentenceCount));
    }

    private static ImmutableArray<WordToken> Shift(ImmutableArray<WordToken> words, int delta)
    {
        var shifted = new WordToken[words.Length];
        for (var i = 0; i < shifted.Length; i++)
            shifted[i] = new WordToken(new TextSpan(words[i].Span.Start + delta, words[i].Span.Length), words[i].Text);
        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(shifted);
    }

    private void CloseSection(int end)
    {
        if (_heading is null && _sentences.Count == _sectionFirstSentence && _sections.Count == 0 && end < text.Length) return;
        _sections.Add(new SectionSyntax(_sections.Count, _heading, _headingSpan, TextSpan.FromBounds(_sectionStart, Math.Max(_sectionStart, end)),
            SectionSyntax.KindFromHeading(_heading), _sectionFirstSentence, _sentences.Count - _sectionFirstSentence));
    }

    private static string ProseText(char[] prose, TextSpan span)
    {
        return string.Create(span.Length, (prose, span.Start), static (destination, state) =>
        {
            state.prose.AsSpan(state.Start, destination.Length).CopyTo(destination);
            destination.Replace('\r', ' ');
            destination.Replace('\n', ' ');
            destination.Replace('\t', ' ');
        });
    }
}
