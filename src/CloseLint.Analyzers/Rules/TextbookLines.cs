using System.Collections.Immutable;
using CloseLint.Text;

namespace CloseLint.Rules;

/// <summary>
/// The two coaching lines candidates copy word for word, and a measure of how closely a sentence follows one of
/// them: a word-level edit distance (insert, delete or change one word) between the line and the closest run of the
/// sentence's words, lower-cased with curly apostrophes folded, turned into a similarity of
/// <c>1 - distance / words in the line</c>. A copy scores 1; dropping or changing two of the eleven words of the
/// next-steps line scores 0.82; "What are the next steps?" scores 0.45.
/// </summary>
internal static class TextbookLines
{
    /// <summary>The coaching lines, as written in the books.</summary>
    public static ImmutableArray<string> Lines { get; } =
    [
        "Are there any aspects of my background or my fit for this position that create any concern for you?",
        "What are the next steps we need to take from here?",
    ];

    private static readonly ImmutableArray<ImmutableArray<string>> LineWords = [.. Lines.Select(line => Words(line).Select(w => w.Text).ToImmutableArray())];

    /// <summary>The closest line for <paramref name="text"/>, or null when it has no words.</summary>
    /// <param name="text">The sentence.</param>
    /// <param name="offset">Added to the match's span.</param>
    public static TextbookMatch? Closest(string text, int offset = 0)
    {
        var words = Words(text);
        if (words.Count == 0) return null;
        TextbookMatch? best = null;
        for (var line = 0; line < LineWords.Length; line++)
        {
            var (distance, first, end) = Align(LineWords[line], words);
            if (end <= first) continue;
            var similarity = 1.0 - (double)distance / LineWords[line].Length;
            if (best is null || similarity > best.Similarity)
                best = new TextbookMatch(line, similarity, TextSpan.FromBounds(offset + words[first].Start, offset + words[end - 1].End));
        }

        return best;
    }

    /// <summary>The similarity of <paramref name="text"/> to the closest line, from 0 to 1.</summary>
    public static double Similarity(string text) => Closest(text)?.Similarity ?? 0;

    // Edit distance from the whole line to the best run of words (approximate substring matching), with where that run is.
    private static (int Distance, int First, int End) Align(ImmutableArray<string> line, List<Word> words)
    {
        var n = words.Count;
        var previous = new int[n + 1];
        var previousStart = new int[n + 1];
        var current = new int[n + 1];
        var currentStart = new int[n + 1];
        for (var j = 0; j <= n; j++) previousStart[j] = j;

        for (var i = 1; i <= line.Length; i++)
        {
            current[0] = i;
            currentStart[0] = 0;
            for (var j = 1; j <= n; j++)
            {
                var diagonal = previous[j - 1] + (string.Equals(line[i - 1], words[j - 1].Text, StringComparison.Ordinal) ? 0 : 1);
                var skipLineWord = previous[j] + 1;
                var extraWord = current[j - 1] + 1;
                if (diagonal <= skipLineWord && diagonal <= extraWord)
                {
                    current[j] = diagonal;
                    currentStart[j] = previousStart[j - 1];
                }
                else if (skipLineWord <= extraWord)
                {
                    current[j] = skipLineWord;
                    currentStart[j] = previousStart[j];
                }
                else
                {
                    current[j] = extraWord;
                    currentStart[j] = currentStart[j - 1];
                }
            }

            (previous, current) = (current, previous);
            (previousStart, currentStart) = (currentStart, previousStart);
        }

        var bestEnd = 1;
        for (var j = 2; j <= n; j++)
            if (previous[j] < previous[bestEnd]) bestEnd = j;
        return (previous[bestEnd], previousStart[bestEnd], bestEnd);
    }

    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordCharacter(text[i])) i++;
            var start = i;
            while (i < text.Length && IsWordCharacter(text[i])) i++;
            var (first, end) = (start, i);
            while (first < end && IsApostrophe(text[first])) first++;
            while (end > first && IsApostrophe(text[end - 1])) end--;
            if (end > first)
                words.Add(new Word(string.Create(end - first, text.AsMemory(first, end - first), static (buffer, source) =>
                {
                    for (var k = 0; k < source.Length; k++) buffer[k] = IsApostrophe(source.Span[k]) ? '\'' : char.ToLowerInvariant(source.Span[k]);
                }), first, end));
        }

        return words;
    }

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || IsApostrophe(c);

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ';

    private readonly record struct Word(string Text, int Start, int End);
}
