using System.Text;
using System.Text.RegularExpressions;

namespace CloseLint.Intent;

/// <summary>
/// A sentence made ready for the lexical patterns: lower case, curly quotes and dashes folded, whitespace collapsed,
/// and common texting spellings ("abt", "ur", "pls", "im") read as the words they stand for, so one pattern covers
/// "What are the next steps?" and "wat r the nxt steps".
/// </summary>
internal static class IntentText
{
    private static readonly Dictionary<string, string> Texting = new(StringComparer.Ordinal)
    {
        ["u"] = "you", ["ya"] = "you", ["ur"] = "your", ["r"] = "are", ["abt"] = "about", ["aboot"] = "about",
        ["pls"] = "please", ["plz"] = "please", ["thx"] = "thanks", ["ty"] = "thank you",
        ["im"] = "i'm", ["ive"] = "i've", ["dont"] = "don't", ["doesnt"] = "doesn't", ["didnt"] = "didn't", ["cant"] = "can't",
        ["isnt"] = "isn't", ["wasnt"] = "wasn't", ["havent"] = "haven't", ["wouldnt"] = "wouldn't", ["couldnt"] = "couldn't",
        ["youd"] = "you'd", ["whats"] = "what's", ["wats"] = "what's", ["hows"] = "how's", ["wat"] = "what", ["wht"] = "what",
        ["wen"] = "when", ["shud"] = "should", ["nxt"] = "next", ["b4"] = "before",
        ["wanna"] = "want to", ["gonna"] = "going to", ["gotta"] = "got to", ["lemme"] = "let me", ["gimme"] = "give me",
        ["kinda"] = "kind of", ["sorta"] = "sort of", ["yrs"] = "years", ["yr"] = "year", ["exp"] = "experience",
        ["bc"] = "because", ["cuz"] = "because", ["coz"] = "because", ["tho"] = "though", ["rn"] = "right now",
        ["asap"] = "as soon as possible", ["w/"] = "with", ["tmrw"] = "tomorrow", ["2moro"] = "tomorrow", ["ppl"] = "people",
    };

    /// <summary>The longest text the patterns read; a longer "sentence" is a run-on paste, read by its start.</summary>
    public const int MaxLength = 1500;

    /// <summary>
    /// Compiles a pattern for normalized text. The patterns are alternations of words with bounded gaps, and the
    /// text is at most <see cref="MaxLength"/> characters, so backtracking stays within a few milliseconds even on
    /// hostile text (a test checks it); they run without a match timeout, whose clock reads were measured at a
    /// fifth of a batch's time. (The non-backtracking engine was measured at seconds of warm-up per process, too
    /// slow for a CLI.)
    /// </summary>
    public static Regex Pattern(string pattern) => new(pattern, RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);

    /// <summary>The normalized form of <paramref name="text"/>.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var raw in text)
        {
            var c = raw switch
            {
                '’' or '‘' or '`' or '´' or 'ʼ' => '\'',
                '“' or '”' or '„' => '"',
                '–' or '—' or '―' => '-',
                '…' => '.',
                '\u00A0' or '\t' or '\r' or '\n' => ' ',
                _ => char.ToLowerInvariant(raw),
            };
            if (c == ' ' && (builder.Length == 0 || builder[^1] == ' ')) continue;
            builder.Append(c);
        }

        if (builder.Length > MaxLength) builder.Length = MaxLength;
        return SpellOutTexting(builder.ToString()).Trim();
    }

    // Replaces each whitespace-separated token whose core (trailing punctuation aside) is a texting spelling.
    private static string SpellOutTexting(string folded)
    {
        var lookup = Texting.GetAlternateLookup<ReadOnlySpan<char>>();
        StringBuilder? spelledOut = null;
        var copied = 0;
        for (var start = 0; start < folded.Length;)
        {
            if (char.IsWhiteSpace(folded[start]))
            {
                start++;
                continue;
            }

            var end = start;
            while (end < folded.Length && !char.IsWhiteSpace(folded[end])) end++;
            var core = folded.AsSpan(start, end - start).TrimEnd(",.?!;:");
            if (lookup.TryGetValue(core, out var spelled))
            {
                spelledOut ??= new StringBuilder(folded.Length + 16);
                spelledOut.Append(folded, copied, start - copied).Append(spelled);
                copied = start + core.Length;
            }

            start = end;
        }

        return spelledOut is null ? folded : spelledOut.Append(folded, copied, folded.Length - copied).ToString();
    }
}
