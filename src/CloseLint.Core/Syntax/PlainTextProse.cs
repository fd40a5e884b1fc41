namespace CloseLint.Syntax;

/// <summary>Plain text is all prose; blank lines separate blocks.</summary>
internal static class PlainTextProse
{
    public static void Collect(string source, char[] prose, List<ProseBlock> blocks)
    {
        source.AsSpan().CopyTo(prose);
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
}
