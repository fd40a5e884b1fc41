using System.Globalization;
using CloseLint.Analysis;
using CloseLint.Syntax;
using Humanizer;

namespace CloseLint.Speaking;

/// <summary>
/// Estimates how long prose takes to say aloud: spoken words at a rate (default 150 words a minute, the usual
/// conversational figure), where numbers, money, percentages and initialisms count as the words a speaker says
/// ("$4.5M" is "four point five million dollars", "2019" is "two thousand nineteen", "ICU" is three letters),
/// plus a short pause at each sentence end. One estimator serves CL0001, the editor hints and the CLI reports.
/// </summary>
public sealed class SpeakingTimeEstimator
{
    /// <summary>The option for the speaking rate in words a minute.</summary>
    public const string RateOptionKey = "closelint_speaking_rate_wpm";

    /// <summary>The option for the pause at each sentence end, in seconds.</summary>
    public const string PauseOptionKey = "closelint_sentence_pause_seconds";

    /// <summary>The default rate: 150 words a minute.</summary>
    public const double DefaultWordsPerMinute = 150;

    /// <summary>The default pause at a sentence end.</summary>
    public const double DefaultPauseSeconds = 0.25;

    /// <summary>An estimator at the default rate and pause.</summary>
    public static SpeakingTimeEstimator Default { get; } = new();

    /// <summary>Creates an estimator.</summary>
    public SpeakingTimeEstimator(double wordsPerMinute = DefaultWordsPerMinute, double pauseSeconds = DefaultPauseSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(wordsPerMinute, 0);
        ArgumentOutOfRangeException.ThrowIfNegative(pauseSeconds);
        WordsPerMinute = wordsPerMinute;
        PauseSeconds = pauseSeconds;
    }

    /// <summary>Words a minute.</summary>
    public double WordsPerMinute { get; }

    /// <summary>Seconds of pause at each sentence end.</summary>
    public double PauseSeconds { get; }

    /// <summary>The estimator configured by <c>closelint_speaking_rate_wpm</c> and <c>closelint_sentence_pause_seconds</c>.</summary>
    public static SpeakingTimeEstimator FromOptions(AnalyzerOptions options)
    {
        var rate = options.GetNumber(RateOptionKey, DefaultWordsPerMinute, min: 40, max: 400);
        var pause = options.GetNumber(PauseOptionKey, DefaultPauseSeconds, min: 0, max: 5);
        return rate == DefaultWordsPerMinute && pause == DefaultPauseSeconds ? Default : new SpeakingTimeEstimator(rate, pause);
    }

    /// <summary>Seconds to say one sentence, its closing pause included.</summary>
    public double Seconds(SentenceSyntax sentence) => SpokenWords(sentence) * 60.0 / WordsPerMinute + PauseSeconds;

    /// <summary>Seconds to say some sentences.</summary>
    public double Seconds(IEnumerable<SentenceSyntax> sentences) => sentences.Sum(Seconds);

    /// <summary>Seconds to say a span of sentences.</summary>
    public double Seconds(ReadOnlySpan<SentenceSyntax> sentences)
    {
        var total = 0.0;
        foreach (var sentence in sentences) total += Seconds(sentence);
        return total;
    }

    /// <summary>Seconds to say one section of <paramref name="document"/>.</summary>
    public double Seconds(ScriptDocument document, SectionSyntax section)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(section);
        return Seconds(document.GetSentences(section));
    }

    /// <summary>Seconds to say the whole document.</summary>
    public double Seconds(ScriptDocument document) => Seconds(document.Sentences.AsSpan());

    /// <summary>The number of words a speaker says for a sentence.</summary>
    public static int SpokenWords(SentenceSyntax sentence)
    {
        var count = 0;
        foreach (var word in sentence.Words) count += SpokenWords(word.Text);
        return count;
    }

    /// <summary>The number of words a speaker says for one written word ("$4.5M" → 5).</summary>
    public static int SpokenWords(string word)
    {
        if (!word.AsSpan().ContainsAnyInRange('0', '9')) return IsInitialism(word) ? word.Length : 1;

        var text = word.AsSpan();
        var extra = 0;
        if (text.Length > 0 && text[0] is '$' or '£' or '€' or '¥' or '₹')
        {
            extra++; // "dollars"
            text = text[1..];
        }

        if (text.EndsWith("%"))
        {
            extra++; // "percent"
            text = text[..^1];
        }

        var digitsEnd = 0;
        while (digitsEnd < text.Length && (char.IsAsciiDigit(text[digitsEnd]) || text[digitsEnd] is '.' or ',')) digitsEnd++;
        if (digitsEnd == 0)
        {
            // Letters before the digits ("Q3", "D1.1", "COVID-19"): the letters, then each run of digits, one word
            // each. Recursing on the whole word here would never end.
            var runs = 0;
            for (var i = 0; i < text.Length; i++)
                if (char.IsAsciiDigit(text[i]) && (i == 0 || !char.IsAsciiDigit(text[i - 1]))) runs++;
            return extra + 1 + runs;
        }

        var number = text[..digitsEnd].ToString().Replace(",", string.Empty, StringComparison.Ordinal).TrimEnd('.');
        var suffix = text[digitsEnd..];
        if (!suffix.IsEmpty)
        {
            // "4.5M", "3x", "24/7", "9am", "1st": the suffix is at least one more spoken word.
            extra += suffix.IndexOfAny("0123456789") >= 0 ? SpokenWords(suffix.TrimStart("/-–").ToString()) : 1;
            if (suffix.Length > 2 && suffix[0] is '-' or '–' && char.IsLetter(suffix[1])) extra += 0; // "24-bed" → "twenty-four bed"
        }

        return NumberWords(number) + extra;
    }

    private static int NumberWords(string number)
    {
        if (number.Length == 0) return 0;
        var point = number.IndexOf('.');
        if (point >= 0)
        {
            var fraction = number[(point + 1)..].Count(char.IsAsciiDigit);
            return NumberWords(number[..point]) + 1 + fraction; // "four point five"
        }

        if (number.Length > 15) return number.Length; // read digit by digit
        if (!long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return 1;
        if (value == 0) return 1;
        var words = value.ToWords(CultureInfo.InvariantCulture);
        return words.Split([' '], StringSplitOptions.RemoveEmptyEntries).Count(w => w != "and");
    }

    /// <summary>
    /// An all-capitals word of two to four letters is spelled out ("ICU", "CPA", "HR") unless it reads as a word,
    /// which takes a consonant, a vowel and a consonant in a row ("NASA", "NICU", "SWAT").
    /// </summary>
    private static bool IsInitialism(string word)
    {
        if (word.Length is < 2 or > 4) return false;
        foreach (var c in word)
            if (!char.IsAsciiLetterUpper(c)) return false;
        for (var i = 0; i + 2 < word.Length; i++)
            if (!IsVowel(word[i]) && IsVowel(word[i + 1]) && !IsVowel(word[i + 2])) return false;
        return true;
    }

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';
}
