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
/// Markdown is cut into pieces only where Markdig reads each piece as it reads it in the whole document
/// (<see cref="MarkdownChunks"/>), and parsed whole otherwise.
/// </para>
/// </summary>
internal static class ScriptParser
{
    public static ScriptDocument Parse(SourceText text, string? filePath, ScriptFormat format, ScriptDocument? previous = null)
    {
        var source = text.ToString();
        var comments = CommentScanner.Find(source);
        previous = previous is { Segments.IsDefault: false } && previous.Format == format ? previous : null;
        if (format == ScriptFormat.PlainText)
        {
            var blocks = new List<ProseBlock>();
            PlainTextProse.FindBlocks(source, blocks);
            return ParseInSegments(text, filePath, format, blocks, PlainTextProse.FindTitle(source, blocks), comments, previous)!;
        }

        // Markdown past Markdig's limits is read as plain text whole; otherwise in pieces where that is safe.
        var chunks = MarkdownLimits.AreExceeded(source) ? [] : MarkdownChunks.Find(source, comments);
        return (chunks.Count > 0 ? ParseInSegments(text, filePath, format, chunks, null, comments, previous) : null)
            ?? ParseMarkdownWhole(text, filePath, comments);
    }

    /// <summary>Markdown as Markdig reads the whole document at once (what the pieces must add up to).</summary>
    internal static ScriptDocument ParseMarkdownWhole(SourceText text, string? filePath, ImmutableArray<CommentTrivia> comments)
    {
        var source = text.ToString();
        var prose = BlankExceptLineBreaks(source);
        var rawBlocks = new List<ProseBlock>();
        MarkdownProse.Collect(source, prose, rawBlocks);
        foreach (var comment in comments) BlankComment(prose, comment.Span, 0);

        var builder = new DocumentBuilder(text);
        foreach (var block in Refine(prose, rawBlocks))
        {
            if (block.Heading is not null) builder.AddHeading(block.Start, block.End, block.Heading);
            else builder.AddProse(prose, 0, block);
        }

        return builder.Build(filePath, ScriptFormat.Markdown, comments);
    }

    /// <summary>
    /// Parses a document whose pieces (plain-text blocks or Markdown chunks) parse independently, reusing the pieces
    /// the previous version shares at the start and the end. Null when a Markdown piece could not be read by Markdig
    /// (the whole document is then read as Markdig reads it whole).
    /// </summary>
    private static ScriptDocument? ParseInSegments(SourceText text, string? filePath, ScriptFormat format, List<ProseBlock> blocks,
        ProseBlock? title, ImmutableArray<CommentTrivia> comments, ScriptDocument? previous)
    {
        var source = text.ToString();
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
            if (isTitle) builder.AddHeading(title!.Value.Start, title.Value.End, title.Value.Heading!);
            else if (!ParseSegment(builder, format, source, block, hasComments[i] ? comments : [])) return null;
            builder.EndSegment(block.End - block.Start, isTitle, hasComments[i]);
        }

        return builder.Build(filePath, format, comments);
    }

    /// <summary>Parses one piece in a prose view of its own, so an edit pays for its pieces only.</summary>
    private static bool ParseSegment(DocumentBuilder builder, ScriptFormat format, string source, ProseBlock block, ImmutableArray<CommentTrivia> comments)
    {
        char[] prose;
        var rawBlocks = new List<ProseBlock>();
        if (format == ScriptFormat.Markdown)
        {
            var chunk = source.Substring(block.Start, block.End - block.Start);
            prose = BlankExceptLineBreaks(chunk);
            if (!MarkdownProse.Collect(chunk, prose, rawBlocks)) return false;
        }
        else
        {
            prose = source.ToCharArray(block.Start, block.End - block.Start);
            rawBlocks.Add(new ProseBlock(0, prose.Length));
        }

        foreach (var comment in comments)
            if (comment.Span.Start < block.End && comment.Span.End > block.Start) BlankComment(prose, comment.Span, block.Start);

        foreach (var part in Refine(prose, rawBlocks))
        {
            if (part.Heading is not null) builder.AddHeading(block.Start + part.Start, block.Start + part.End, part.Heading);
            else builder.AddProse(prose, block.Start, part);
        }

        return true;
    }

    /// <summary>Headings as they are; other blocks refined by the worksheet line conventions.</summary>
    private static List<ProseBlock> Refine(char[] prose, List<ProseBlock> rawBlocks)
    {
        var blocks = new List<ProseBlock>(rawBlocks.Count);
        foreach (var block in rawBlocks)
        {
            if (block.Heading is not null) blocks.Add(block);
            else LineConventions.Refine(prose, block, blocks);
        }

        return blocks;
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
