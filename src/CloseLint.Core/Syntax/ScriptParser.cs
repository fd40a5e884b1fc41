using System.Collections.Immutable;
using CloseLint.Text;

namespace CloseLint.Syntax;

/// <summary>
/// Turns text into a <see cref="ScriptDocument"/>. It first builds a prose view of the text (same length, every
/// non-prose character blanked to a space, line breaks kept), so every span it finds is an exact source span.
/// </summary>
internal static class ScriptParser
{
    public static ScriptDocument Parse(SourceText text, string? filePath, ScriptFormat format)
    {
        var source = text.ToString();
        var prose = BlankExceptLineBreaks(source);
        var rawBlocks = new List<ProseBlock>();
        if (format == ScriptFormat.Markdown) MarkdownProse.Collect(source, prose, rawBlocks);
        else PlainTextProse.Collect(source, prose, rawBlocks);

        var comments = CommentScanner.Find(source);
        foreach (var comment in comments)
            for (var i = comment.Span.Start; i < comment.Span.End; i++)
                if (prose[i] is not '\r' and not '\n') prose[i] = ' ';

        var blocks = new List<ProseBlock>(rawBlocks.Count);
        foreach (var block in rawBlocks)
        {
            if (block.Heading is not null) blocks.Add(block);
            else LineConventions.Refine(prose, block, blocks);
        }

        return Build(text, filePath, format, prose, blocks, comments);
    }

    private static char[] BlankExceptLineBreaks(string source)
    {
        var prose = new char[source.Length];
        Array.Fill(prose, ' ');
        var span = source.AsSpan();
        var offset = 0;
        while (true)
        {
            var index = span[offset..].IndexOfAny('\r', '\n');
            if (index < 0) break;
            offset += index;
            prose[offset] = source[offset];
            offset++;
        }

        return prose;
    }

    private static ScriptDocument Build(SourceText text, string? filePath, ScriptFormat format, char[] prose,
        List<ProseBlock> blocks, ImmutableArray<CommentTrivia> comments)
    {
        var sections = ImmutableArray.CreateBuilder<SectionSyntax>();
        var paragraphs = ImmutableArray.CreateBuilder<ParagraphSyntax>();
        var sentences = ImmutableArray.CreateBuilder<SentenceSyntax>();
        var sentenceSpans = new List<TextSpan>();

        string? heading = null;
        TextSpan? headingSpan = null;
        var sectionStart = 0;
        var sectionFirstSentence = 0;

        void CloseSection(int end)
        {
            if (heading is null && sentences.Count == sectionFirstSentence && sections.Count == 0 && end < text.Length) return;
            sections.Add(new SectionSyntax(sections.Count, heading, headingSpan, TextSpan.FromBounds(sectionStart, Math.Max(sectionStart, end)),
                SectionSyntax.KindFromHeading(heading), sectionFirstSentence, sentences.Count - sectionFirstSentence));
        }

        foreach (var block in blocks)
        {
            if (block.Heading is not null)
            {
                CloseSection(block.Start);
                heading = block.Heading;
                headingSpan = TextSpan.FromBounds(block.Start, block.End);
                sectionStart = block.Start;
                sectionFirstSentence = sentences.Count;
                continue;
            }

            sentenceSpans.Clear();
            SentenceSplitter.Split(prose, block.Start, block.End, sentenceSpans);
            var firstSentence = sentences.Count;
            foreach (var span in sentenceSpans)
            {
                var sentenceText = ProseText(prose, span);
                var words = WordTokenizer.Tokenize(sentenceText, span.Start);
                if (words.IsEmpty) continue;
                sentences.Add(new SentenceSyntax(sentences.Count, span, sentenceText, words, paragraphs.Count, sections.Count));
            }

            if (sentences.Count == firstSentence) continue;
            var paragraphSpan = TextSpan.FromBounds(sentences[firstSentence].Span.Start, sentences[^1].Span.End);
            paragraphs.Add(new ParagraphSyntax(paragraphs.Count, paragraphSpan, sections.Count, firstSentence, sentences.Count - firstSentence));
        }

        CloseSection(text.Length);
        if (sections.Count == 0)
            sections.Add(new SectionSyntax(0, null, null, new TextSpan(0, text.Length), SectionKind.Unknown, 0, 0));

        return new ScriptDocument(text, filePath, format, sections.ToImmutable(), paragraphs.ToImmutable(), sentences.ToImmutable(), comments);
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
