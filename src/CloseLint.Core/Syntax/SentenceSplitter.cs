using CloseLint.Text;

namespace CloseLint.Syntax;

/// <summary>
/// Splits a block of the prose view into sentences. A sentence ends at <c>.</c>, <c>!</c>, <c>?</c> or an ellipsis
/// followed by a space (closing quotes and brackets stay with it), except after abbreviations (Mr., e.g., U.S.),
/// initials and a lower-case word after an ellipsis. Decimals ($4.5M) never end one, since no space follows the
/// dot. A line without final punctuation ends a sentence when the next line starts like a new one.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "mx", "dr", "prof", "sr", "jr", "st", "rev", "hon", "gen", "capt", "col", "lt", "sgt", "mt", "fr",
    };

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "etc", "vs", "approx", "inc", "ltd", "co", "corp", "no", "nos", "dept", "est", "fig", "al", "cf", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    };

    // Span lookups, so a sentence end does not allocate a string for the word before it.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> ContinuationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "but", "nor", "the", "a", "an", "to", "of", "with", "for", "my", "your", "our", "in", "on", "at", "by",
        "from", "as", "that", "which", "who", "than", "into", "about", "is", "are", "was", "were", "i", "we", "this",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ContinuationLookup = ContinuationWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Splits a string; for tests and tools. Spans refer to <paramref name="text"/>.</summary>
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var spans = new List<TextSpan>();
        Split(text.ToCharArray(), 0, text.Length, spans);
        return spans;
    }

    internal static void Split(char[] prose, int start, int end, List<TextSpan> sentences)
    {
        var sentenceStart = -1;
        var i = start;
        while (i < end)
        {
            var c = prose[i];
            if (sentenceStart < 0)
            {
                if (!char.IsWhiteSpace(c)) sentenceStart = i;
                else
                {
                    i++;
                    continue;
                }
            }

            if (c is '\r' or '\n')
            {
                var lineBreakEnd = i + 1;
                if (c == '\r' && lineBreakEnd < end && prose[lineBreakEnd] == '\n') lineBreakEnd++;
                if (EndsAtLineBreak(prose, sentenceStart, i, lineBreakEnd, end))
                {
                    Add(prose, sentenceStart, i, sentences);
                    sentenceStart = -1;
                }

                i = lineBreakEnd;
                continue;
            }

            if (c is '.' or '!' or '?' or '…')
            {
                var runEnd = i;
                while (runEnd < end && prose[runEnd] is '.' or '!' or '?' or '…') runEnd++;
                var closeEnd = runEnd;
                while (closeEnd < end && prose[closeEnd] is '"' or '\'' or '”' or '’' or ')' or ']' or '*' or '_') closeEnd++;
                if ((closeEnd == end || char.IsWhiteSpace(prose[closeEnd])) && IsBoundary(prose, sentenceStart, i, runEnd, closeEnd, end))
                {
                    Add(prose, sentenceStart, closeEnd, sentences);
                    sentenceStart = -1;
                }

                i = closeEnd;
                continue;
            }

            i++;
        }

        if (sentenceStart >= 0) Add(prose, sentenceStart, end, sentences);
    }

    private static bool IsBoundary(char[] prose, int sentenceStart, int runStart, int runEnd, int closeEnd, int end)
    {
        var next = NextNonSpace(prose, closeEnd, end);
        var nextChar = next < end ? prose[next] : '\0';
        var run = prose.AsSpan(runStart, runEnd - runStart);
        if (run.ContainsAny('?', '!')) return true;

        var isEllipsis = run.Length >= 3 || run.Contains('…');
        if (isEllipsis) return next >= end || !char.IsLower(nextChar);

        // A single dot: look at the word before it.
        var wordStart = runStart;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(prose[wordStart - 1]) && prose[wordStart - 1] is not '(' and not '"' and not '“')
            wordStart--;
        var word = prose.AsSpan(wordStart, runStart - wordStart);
        if (word.IsEmpty) return true;
        if (TitleLookup.Contains(word)) return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return next >= end;
        if (word.Contains('.') && word.Length <= 6) return next >= end;
        if (AbbreviationLookup.Contains(word)) return next >= end || char.IsUpper(nextChar);
        return true;
    }

    /// <summary>A line without final punctuation ends its sentence when the next line starts like a new one.</summary>
    private static bool EndsAtLineBreak(char[] prose, int sentenceStart, int lineBreak, int lineBreakEnd, int end)
    {
        var last = lineBreak - 1;
        while (last > sentenceStart && char.IsWhiteSpace(prose[last])) last--;
        if (last < sentenceStart || char.IsWhiteSpace(prose[last])) return false;
        if (prose[last] is ',' or ';' or ':' or '-' or '–' or '—' or '(' or '&' or '/') return false;

        var next = NextNonSpace(prose, lineBreakEnd, end);
        if (next >= end) return true;
        var nextChar = prose[next];
        if (!(char.IsUpper(nextChar) || char.IsDigit(nextChar) || nextChar is '"' or '“' or '\'' or '‘' || char.IsHighSurrogate(nextChar)))
            return false;

        var wordStart = last;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(prose[wordStart - 1])) wordStart--;
        return !ContinuationLookup.Contains(prose.AsSpan(wordStart, last - wordStart + 1));
    }

    private static int NextNonSpace(char[] prose, int from, int end)
    {
        while (from < end && char.IsWhiteSpace(prose[from])) from++;
        return from;
    }

    private static void Add(char[] prose, int start, int end, List<TextSpan> sentences)
    {
        while (end > start && char.IsWhiteSpace(prose[end - 1])) end--;
        if (end > start) sentences.Add(TextSpan.FromBounds(start, end));
    }
}
