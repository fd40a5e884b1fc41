using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace CloseLint.PhraseLists;

/// <summary>
/// Turns a list's pattern into a regex. A plain phrase matches as whole words, case-insensitively, with any run of
/// whitespace (a line break too) between its words. A pattern between slashes (<c>/…/</c>) is a .NET regular
/// expression, where a literal space also matches any run of whitespace. In both, an apostrophe may be left out
/// ("I'm" matches "im", as people write when texting). Both are matched against text folded by
/// <see cref="Fold"/>. A user's list compiles with <see cref="RegexOptions.NonBacktracking"/>, so no pattern can
/// take exponential time. The built-in lists, written and tested here (hostile near-misses included), compile with
/// the backtracking interpreter instead, because building a non-backtracking automaton costs about a millisecond a
/// pattern, paid again by every process; they meet text longer than <see cref="LongText"/> without backtracking.
/// </summary>
internal static class PhrasePattern
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const RegexOptions BuiltInOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Text longer than this (characters) meets even built-in patterns without backtracking.</summary>
    public const int LongText = 4096;

    /// <summary>Compiles a regex source; throws <see cref="ArgumentException"/> or <see cref="NotSupportedException"/> when it is not valid.</summary>
    /// <param name="regexSource">The source from <see cref="ToRegex"/>.</param>
    /// <param name="builtIn">True for a pattern of a built-in list (backtracking); false for a user's (never backtracking).</param>
    public static Regex Compile(string regexSource, bool builtIn = false) =>
        builtIn ? new(regexSource, BuiltInOptions, Regex.InfiniteMatchTimeout) : new(regexSource, Options);

    /// <summary>True when the pattern is a regular expression between slashes.</summary>
    public static bool IsRegex(string pattern) => pattern.Length >= 2 && pattern[0] == '/' && pattern[^1] == '/';

    /// <summary>The regex source for <paramref name="pattern"/>.</summary>
    public static string ToRegex(string pattern)
    {
        pattern = Fold(pattern.Trim());
        if (IsRegex(pattern)) return Loosen(pattern[1..^1]);

        var words = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) throw new ArgumentException("The phrase is empty.", nameof(pattern));
        var body = Loosen(string.Join(" ", words.Select(Regex.Escape)));
        var start = char.IsLetterOrDigit(pattern[0]) ? @"\b" : string.Empty;
        var end = char.IsLetterOrDigit(pattern[^1]) ? @"\b" : string.Empty;
        return start + body + end;
    }

    /// <summary>
    /// Folds curly apostrophes and quotes to straight ones and every whitespace character to a space, one character
    /// for one, so offsets do not move. (Plain spaces in patterns are cheaper to match than Unicode <c>\s</c>.)
    /// </summary>
    public static string Fold(string text)
    {
        var index = 0;
        for (; index < text.Length; index++)
            if (NeedsFolding(text[index])) break;
        if (index == text.Length) return text;
        return string.Create(text.Length, text, static (buffer, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                buffer[i] = c switch
                {
                    '‘' or '’' or '‛' or 'ʼ' or '′' => '\'',
                    '“' or '”' or '„' or '″' => '"',
                    _ when char.IsWhiteSpace(c) => ' ',
                    _ => c,
                };
            }
        });
    }

    private static bool NeedsFolding(char c) => c is '‘' or '’' or '‛' or 'ʼ' or '′' or '“' or '”' or '„' or '″' || (c != ' ' && char.IsWhiteSpace(c));

    /// <summary>
    /// Words one of which must appear for <paramref name="regexSource"/> to match: the longest literal word outside
    /// optional parts, or a required group each of whose alternatives has such a word. Empty when no such words of
    /// three letters or more are found (then the regex always runs).
    /// </summary>
    public static ImmutableArray<string> Anchors(string regexSource) => AnchorsOf(regexSource, weak: false);

    /// <summary>
    /// <see cref="Anchors"/>, or, for a pattern that has none, weak anchors: two-letter and common words count too.
    /// Such a word is in many sentences, but far from all, so running the pattern only where it appears still pays.
    /// </summary>
    public static ImmutableArray<string> AnchorsOrWeakAnchors(string regexSource) =>
        Anchors(regexSource) is { IsEmpty: false } strong ? strong : AnchorsOf(regexSource, weak: true);

    private static ImmutableArray<string> AnchorsOf(string regexSource, bool weak)
    {
        var alternatives = RegexSource.SplitTopLevel(regexSource.Replace(" +", " ", StringComparison.Ordinal));
        if (alternatives.Count == 1) return SequenceAnchors(alternatives[0], weak);
        var union = ImmutableArray.CreateBuilder<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var alternative in alternatives)
        {
            var anchors = SequenceAnchors(alternative, weak);
            if (anchors.IsEmpty) return [];
            foreach (var anchor in anchors)
                if (seen.Add(anchor)) union.Add(anchor);
        }

        return union.ToImmutable();
    }

    private const int MinimumAnchorLength = 3;
    private const int MinimumWeakAnchorLength = 2;

    // Words in nearly every sentence of a closing script make useless anchors; a pattern anchored only on them runs always.
    private static readonly FrozenSet<string> CommonWords = FrozenSet.ToFrozenSet(
        ["you", "your", "the", "and", "are", "for", "not", "can", "will", "would", "that", "this", "with", "have", "what",
         "when", "was", "all", "any", "our", "but", "about", "from", "there", "they", "them", "just", "like", "really"],
        StringComparer.OrdinalIgnoreCase);

    private static ImmutableArray<string> SequenceAnchors(string source, bool weak)
    {
        ImmutableArray<string> best = [];
        var bestScore = (weak ? MinimumWeakAnchorLength : MinimumAnchorLength) - 1;
        var literal = new StringBuilder();

        void Consider(ImmutableArray<string> words)
        {
            if (words.IsEmpty) return;
            var score = words.Min(w => w.Length);
            if (score > bestScore)
            {
                bestScore = score;
                best = words;
            }
        }

        void EndLiteral()
        {
            foreach (var word in literal.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (weak || !CommonWords.Contains(word)) Consider([word]);
            literal.Clear();
        }

        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (c == '(')
            {
                EndLiteral();
                var close = RegexSource.FindGroupEnd(source, i);
                if (close < 0) return [];
                if (!IsOptional(source, close + 1) && GroupContent(source[(i + 1)..close]) is { } content) Consider(AnchorsOf(content, weak));
                i = SkipQuantifier(source, close + 1);
                continue;
            }

            if (c is '\\' or '[' or '.' or '^' or '$' or '+' or '*' or '?' or '{' or '|' or ')')
            {
                EndLiteral();
                i = c switch
                {
                    '\\' => SkipQuantifier(source, Math.Min(i + 2, source.Length)),
                    '[' => SkipQuantifier(source, RegexSource.FindClassEnd(source, i) + 1),
                    '.' or '{' => SkipQuantifier(source, c == '.' ? i + 1 : i), // ".{0,80}" and "o{2}": a count is not a word
                    _ => i + 1,
                };
                continue;
            }

            if (IsOptional(source, i + 1))
            {
                // "deals?": the "s" is optional, so the word so far ends here.
                EndLiteral();
                i = SkipQuantifier(source, i + 1);
                continue;
            }

            literal.Append(c);
            i++;
        }

        EndLiteral();
        return best;
    }

    // The pattern inside "(…)", "(?:…)" or "(?<name>…)"; null for lookarounds and inline options.
    private static string? GroupContent(string group)
    {
        if (!group.StartsWith('?')) return group;
        if (group.StartsWith("?:", StringComparison.Ordinal)) return group[2..];
        if (group.StartsWith("?<", StringComparison.Ordinal) && group.Length > 2 && group[2] is not ('=' or '!'))
        {
            var end = group.IndexOf('>', StringComparison.Ordinal);
            return end < 0 ? null : group[(end + 1)..];
        }

        return null;
    }

    private static bool IsOptional(string source, int i) =>
        i < source.Length && (source[i] is '?' or '*' || (source[i] == '{' && i + 1 < source.Length && source[i + 1] == '0'));

    private static int SkipQuantifier(string source, int i)
    {
        if (i >= source.Length) return i;
        if (source[i] is '?' or '*' or '+') i++;
        else if (source[i] == '{')
        {
            var close = source.IndexOf('}', i);
            i = close < 0 ? source.Length : close + 1;
        }

        return i < source.Length && source[i] == '?' ? i + 1 : i; // a lazy quantifier
    }

    // Outside character classes, a space stands for a run of spaces (the text is folded) and an apostrophe may be
    // left out, as people do when texting ("im", "dont", "youre").
    private static string Loosen(string regex)
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
                builder.Append(" +");
                continue;
            }

            builder.Append(c);
            if (c == '\'' && !inClass && (i + 1 >= regex.Length || regex[i + 1] is not ('?' or '*' or '+' or '{'))) builder.Append('?');
        }

        return builder.ToString();
    }
}
