namespace CloseLint.Syntax;

/// <summary>Plain text is all prose; blank lines separate blocks.</summary>
internal static class PlainTextProse
{
    public static void Collect(string source, char[] prose, List<ProseBlock> blocks)
    {
        source.AsSpan().CopyTo(prose);
        FindBlocks(source, blocks);
        if (FindTitle(source, blocks) is not { } title) return;
        blocks[0] = title;
        prose.AsSpan(title.Start, title.End - title.Start).Fill(' ');
    }

    /// <summary>The runs of non-blank lines, each with its last line break.</summary>
    public static void FindBlocks(string source, List<ProseBlock> blocks)
    {
        var blockStart = -1;
        var position = 0;
        while (position < source.Length)
        {
            var lineEnd = source.AsSpan(position).IndexOfAny('\r', '\n');
            lineEnd = lineEnd < 0 ? source.Length : position + lineEnd;
            var blank = source.AsSpan(position, lineEnd - position).IsWhiteSpace();
            if (blank && blockStart >= 0)
            {
                blocks.Add(new ProseBlock(blockStart, position));
                blockStart = -1;
            }
            else if (!blank && blockStart < 0)
            {
                blockStart = position;
            }

            position = lineEnd;
            if (position < source.Length && source[position] == '\r') position++;
            if (position < source.Length && source[position] == '\n') position++;
        }

        if (blockStart >= 0) blocks.Add(new ProseBlock(blockStart, source.Length));
    }

    /// <summary>
    /// A first block of one short line in Title Case without final punctuation ("FINAL INTERVIEW - Closing (Acme)")
    /// is the worksheet's title, not speech: the heading that replaces the first block, or null.
    /// </summary>
    public static ProseBlock? FindTitle(string source, List<ProseBlock> blocks)
    {
        if (blocks.Count < 2) return null;
        var (start, end) = (blocks[0].Start, blocks[0].End);
        var line = source.AsSpan(start, end - start).Trim();
        if (line.IndexOfAny('\r', '\n') >= 0 || line.IsEmpty || line[^1] is '.' or '!' or '?' or ',' or ';') return null;
        var words = line.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 12) return null;
        var capitalized = words.Count(w => w.TrimStart('(', '"', '\'').Length > 0 && !char.IsLower(w.TrimStart('(', '"', '\'')[0]));
        if (capitalized * 10 < words.Length * 7) return null;
        var trimmedStart = start + (source.AsSpan(start, end - start).Length - source.AsSpan(start, end - start).TrimStart().Length);
        return new ProseBlock(trimmedStart, trimmedStart + line.Length, line.ToString());
    }
}
