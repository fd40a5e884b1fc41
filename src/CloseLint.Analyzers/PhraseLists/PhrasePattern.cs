using System.Text;
using System.Text.RegularExpressions;

namespace CloseLint.PhraseLists;

/// <summary>
/// Turns a list's pattern into a regex. A plain phrase matches as whole words, case-insensitively, with any run of
/// whitespace (a line break too) between its words. A pattern between slashes (<c>/…/</c>) is a .NET regular
/// expression, where a literal space also matches any run of whitespace. Both are matched against text whose curly
/// apostrophes and quotes are folded to straight ones, and both compile with
/// <see cref="RegexOptions.NonBacktracking"/>, so no pattern can take exponential time.
/// </summary>
internal static class PhrasePattern
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Compiles <paramref name="pattern"/>; throws <see cref="ArgumentException"/> or <see cref="NotSupportedException"/> when it is not valid.</summary>
    public static Regex Compile(string pattern) => new(ToRegex(pattern), Options);

    /// <summary>True when the pattern is a regular expression between slashes.</summary>
    public static bool IsRegex(string pattern) => pattern.Length >= 2 && pattern[0] == '/' && pattern[^1] == '/';

    /// <summary>The regex source for <paramref name="pattern"/>.</summary>
    public static string ToRegex(string pattern)
    {
        pattern = Fold(pattern.Trim());
        if (IsRegex(pattern)) return SpacesToWhitespaceRuns(pattern[1..^1]);

        var words = pattern.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) throw new ArgumentException("The phrase is empty.", nameof(pattern));
        var body = string.Join(@"\s+", words.Select(Regex.Escape));
        var start = char.IsLetterOrDigit(pattern[0]) ? @"\b" : string.Empty;
        var end = char.IsLetterOrDigit(pattern[^1]) ? @"\b" : string.Empty;
        return start + body + end;
    }

    /// <summary>
    /// Folds curly apostrophes and quotes to straight ones, one character for one, so offsets do not move.
    /// </summary>
    public static string Fold(string text)
    {
        var index = text.AsSpan().IndexOfAny("‘’‛ʼ′“”„″");
        if (index < 0) return text;
        return string.Create(text.Length, text, static (buffer, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                buffer[i] = source[i] switch
                {
                    '‘' or '’' or '‛' or 'ʼ' or '′' => '\'',
                    '“' or '”' or '„' or '″' => '"',
                    var c => c,
                };
            }
        });
    }

    // A literal space in a regex pattern stands for any whitespace run, outside character classes and escapes.
    private static string SpacesToWhitespaceRuns(string regex)
    {
        var builder = new StringBuilder(regex.Length + 8);
        var inClass = false;
        for (var i = 0; i < regex.Length; i++)
        {
            var c = regex[i];
            if (c == '\\' && i + 1 < regex.Length)
            {
                builder.Append(c).Append(regex[++i]);
                continue;
            }

            if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            if (c == ' ' && !inClass)
            {
                while (i + 1 < regex.Length && regex[i + 1] == ' ') i++;
                builder.Append(@"\s+");
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
