using System.Collections.Immutable;
using CloseLint.Text;

namespace CloseLint.Syntax;

/// <summary>
/// Turns text into a <see cref="ScriptDocument"/>. It first builds a prose view of the text (same length, every
/// non-prose character blanked to a space, line breaks kept), so every span it finds is an exact source span.
/// <para>
/// Plain text is read block by block (runs of non-blank lines), each in a prose view of its own: a block's parse
/// depends only on its text, the HTML comments over it and whether it is the title. So a new version of a document
/// reuses the blocks it shares with the previous one at its start and end, and parses only the blocks in between.
/// Markdown is always parsed whole (fences, HTML blocks, lists and link definitions reach across blank lines).
/// </para>
/// </summary>
internal static class ScriptParser
{
    public static ScriptDocument Parse(SourceText text, string? filePath, ScriptFormat format, ScriptDocument? previous = null) =>
        format == ScriptFormat.Markdown
            ? ParseMarkdown(text, filePath)
            : ParsePlainText(text, filePath, previous is { Format: ScriptFormat.PlainText, Segments.IsDefault: false } ? previous : null);

    private static ScriptDocument ParseMarkdown(SourceText text, string? filePath)
    {
        var source = text.ToString();
        var prose = BlankExceptLineBreaks(source);
        var rawBlocks = new List<ProseBlock>();
        MarkdownProse.Collect(source, prose, rawBlocks);

        var comments = CommentScanner.Find(source);
        foreach (var comment in comments) BlankComment(prose, comment.Span, 0);

        var blocks = new List<ProseBlock>(rawBlocks.Count);
        foreach (var block in rawBlocks)
        {
            if (block.Heading is not null) blocks.Add(block);
            else LineConventions.Refine(prose, block, blocks);
        }

        var builder = new DocumentBuilder(text);
        foreach (var block in blocks)
        {
            if (block.Heading is not null) builder.AddHeading(block.Start, block.End, block.Heading);
            else builder.AddProse(prose, 0, block);
        }

        return builder.Build(filePath, ScriptFormat.Markdown, comments);
    }

    private static ScriptDocument ParsePlainText(SourceText text, string? filePath, ScriptDocument? previous)
    {
        var source = text.ToString();
        var blocks = new List<ProseBlock>();
        PlainTextProse.FindBlocks(source, blocks);
        var title = PlainTextProse.FindTitle(source, blocks);
        var comments = CommentScanner.Find(source);
        var hasComments = new bool[blocks.Count];
        var next = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            while (next < comments.Length && comments[next].Span.End <= blocks[i].Start) next++;
            hasComments[i] = next < comments.Length && comments[next].Span.Start < blocks[i].End;
        }

        // The blocks the previous version shares at the start, then at the end; only those in between are parsed.
        var oldSegments = previous?.Segments ?? [];
        var oldSource = previous?.Text.ToString() ?? string.Empty;
        var shared = Math.Min(oldSegments.Length, blocks.Count);
        var head = 0;
        while (head < shared && IsSame(oldSegments[head], oldSource, blocks[head], head == 0 && title is not null, hasComments[head], source)) head++;
        var tail = 0;
        while (tail < shared - head)
        {
            var index = blocks.Count - 1 - tail;
            if (!IsSame(oldSegments[^(tail + 1)], oldSource, blocks[index], index == 0 && title is not null, hasComments[index], source)) break;
            tail++;
        }

        var builder = new DocumentBuilder(text, previous);
        var refined = new List<ProseBlock>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (i < head)
            {
                builder.ReuseSegment(oldSegments[i], block.Start);
                continue;
            }

            if (i >= blocks.Count - tail)
            {
                builder.ReuseSegment(oldSegments[oldSegments.Length - (blocks.Count - i)], block.Start);
                continue;
            }

            builder.BeginSegment(block.Start);
            var isTitle = i == 0 && title is not null;
            if (isTitle)
            {
                builder.AddHeading(title!.Value.Start, title.Value.End, title.Value.Heading!);
            }
            else
            {
                // The block in a prose view of its own, so an edit pays for its blocks only.
                var prose = source.ToCharArray(block.Start, block.End - block.Start);
                for (var c = 0; hasComments[i] && c < comments.Length; c++)
                    if (comments[c].Span.Start < block.End && comments[c].Span.End > block.Start) BlankComment(prose, comments[c].Span, block.Start);

                refined.Clear();
                LineConventions.Refine(prose, new ProseBlock(0, prose.Length), refined);
                foreach (var part in refined)
                {
                    if (part.Heading is not null) builder.AddHeading(block.Start + part.Start, block.Start + part.End, part.Heading);
                    else builder.AddProse(prose, block.Start, part);
                }
            }

            builder.EndSegment(block.End - block.Start, isTitle, hasComments[i]);
        }

        return builder.Build(filePath, ScriptFormat.PlainText, comments);
    }

    /// <summary>True when <paramref name="block"/> parses exactly as <paramref name="segment"/> of the previous version did.</summary>
    private static bool IsSame(ProseSegment segment, string oldSource, ProseBlock block, bool isTitle, bool hasComments, string source) =>
        segment.Length == block.End - block.Start && segment.IsTitle == isTitle && !segment.HasComments && !hasComments
        && oldSource.AsSpan(segment.Start, segment.Length).SequenceEqual(source.AsSpan(block.Start, segment.Length));

    /// <summary>Blanks the part of <paramref name="comment"/> inside <paramref name="prose"/>, which starts at <paramref name="offset"/>; line breaks stay.</summary>
    private static void BlankComment(char[] prose, TextSpan comment, int offset)
    {
        var start = Math.Max(0, comment.Start - offset);
        var end = Math.Min(prose.Length, comment.End - offset);
        for (var i = start; i < end; i++)
            if (prose[i] is not '\r' and not '\n') prose[i] = ' ';
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
}
