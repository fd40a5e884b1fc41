using System.Collections.Immutable;
using CloseLint.Text;

namespace CloseLint.Syntax;

/// <summary>Finds the spoken words of a sentence (see <see cref="WordToken"/>).</summary>
public static class WordTokenizer
{
    /// <summary>Words of <paramref name="text"/>, with spans shifted by <paramref name="offset"/>.</summary>
    public static ImmutableArray<WordToken> Tokenize(string text, int offset = 0)
    {
        var words = ImmutableArray.CreateBuilder<WordToken>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            var end = i;

            while (start < end && !IsWordStart(text[start])) start++;
            while (end > start && !IsWordEnd(text[end - 1])) end--;
            if (end > start && HasLetterOrDigit(text.AsSpan(start, end - start)))
                words.Add(new WordToken(new TextSpan(offset + start, end - start), text[start..end]));
        }

        return words.DrainToImmutable();
    }

    private static bool IsWordStart(char c) => char.IsLetterOrDigit(c) || c is '$' or '£' or '€' or '¥' or '₹' or '#' or '@';

    private static bool IsWordEnd(char c) => char.IsLetterOrDigit(c) || c is '%' or '+';

    private static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (char.IsLetterOrDigit(c)) return true;
        return false;
    }
}
