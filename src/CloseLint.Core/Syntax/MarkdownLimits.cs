namespace CloseLint.Syntax;

/// <summary>
/// Markdig's parse time grows faster than linearly with container nesting (each line re-checks every open list and
/// quote) and with emphasis or link delimiters in one paragraph, and past its depth limit it throws. A file beyond
/// these limits is no real closing script, so <see cref="MarkdownProse"/> reads it as plain text instead: one linear
/// scan here keeps a hostile file from stalling an editor for seconds.
/// </summary>
internal static class MarkdownLimits
{
    /// <summary>Nested lists and quotes one line may open (Markdig stops near 128; real scripts use 2 or 3).</summary>
    public const int MaxNesting = 32;

    /// <summary>Emphasis and link delimiters (<c>*</c>, <c>_</c>, <c>[</c>) one paragraph may hold.</summary>
    public const int MaxDelimitersPerParagraph = 1000;

    /// <summary>True when <paramref name="source"/> is nested or delimited past what Markdig parses quickly.</summary>
    public static bool AreExceeded(string source)
    {
        var delimiters = 0;
        var position = 0;
        while (position < source.Length)
        {
            var lineEnd = source.AsSpan(position).IndexOfAny('\r', '\n');
            lineEnd = lineEnd < 0 ? source.Length : position + lineEnd;
            var line = source.AsSpan(position, lineEnd - position);
            if (line.IsWhiteSpace()) delimiters = 0;
            else if (Nesting(line) > MaxNesting || (delimiters += Delimiters(line)) > MaxDelimitersPerParagraph) return true;

            position = lineEnd + 1;
        }

        return false;
    }

    /// <summary>Indentation (two columns a level) plus the quote and list markers that start the line.</summary>
    private static int Nesting(ReadOnlySpan<char> line)
    {
        int columns = 0, markers = 0, i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == ' ') columns++;
            else if (c == '\t') columns += 4;
            else if (c == '>') markers++;
            else if (c is '-' or '*' or '+' && i + 1 < line.Length && line[i + 1] is ' ' or '\t') markers++;
            else if (char.IsAsciiDigit(c))
            {
                var end = i;
                while (end < line.Length && char.IsAsciiDigit(line[end])) end++;
                if (end + 1 >= line.Length || line[end] is not ('.' or ')') || line[end + 1] is not (' ' or '\t')) break;
                markers++;
                i = end;
            }
            else break;

            i++;
        }

        return columns / 2 + markers;
    }

    private static int Delimiters(ReadOnlySpan<char> line)
    {
        var count = 0;
        foreach (var c in line)
            if (c is '*' or '_' or '[') count++;
        return count;
    }
}
