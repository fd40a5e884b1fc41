using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CloseLint.PhraseLists;

namespace CloseLint.Intent;

/// <summary>
/// A long alternation of patterns for normalized text, compiled as several regexes of a few alternatives each, so
/// one slow alternative can time out (and count as no match) without losing the rest of the set. A chunk runs only
/// when one of its anchor words is in the text (the phrase lists' prefilter, <see cref="PhrasePattern.Anchors"/>).
/// </summary>
internal sealed class PatternSet
{
    private const int ChunkSize = 16;
    private readonly Chunk[] _chunks;

    private PatternSet(IEnumerable<Regex> regexes) =>
        _chunks = [.. regexes.Select(regex => new Chunk(regex, PhrasePattern.Anchors(regex.ToString())))];

    /// <summary>
    /// Alternatives that each match whole words: <c>a|b|c</c> becomes <c>\b(?:a|b|c)(?:\b|$)</c>, in chunks (the end
    /// of the text also ends a word, so an alternative may end with <c>[.!]?$</c>).
    /// </summary>
    public static PatternSet Words(string alternation) => new(Compile(RegexSource.SplitTopLevel(alternation), static chunk => @"\b(?:" + chunk + @")(?:\b|$)"));

    /// <summary>A pattern whose top-level alternatives are compiled in chunks as written.</summary>
    public static PatternSet Of(string pattern) => new(Compile(RegexSource.SplitTopLevel(pattern), static chunk => chunk));

    /// <summary>True when any alternative matches.</summary>
    public bool IsMatch(string text)
    {
        foreach (var (regex, anchors) in _chunks)
        {
            if (!PhrasePattern.MayMatch(anchors, text)) continue;
            try
            {
                if (regex.IsMatch(text)) return true;
            }
            catch (RegexMatchTimeoutException)
            {
            }
        }

        return false;
    }

    /// <summary>Every match of every chunk (matches of different chunks may overlap).</summary>
    public IEnumerable<(int Index, int Length)> Matches(string text)
    {
        foreach (var (regex, anchors) in _chunks)
        {
            if (!PhrasePattern.MayMatch(anchors, text)) continue;
            MatchCollection matches;
            try
            {
                matches = regex.Matches(text);
                _ = matches.Count;
            }
            catch (RegexMatchTimeoutException)
            {
                continue;
            }

            foreach (Match match in matches) yield return (match.Index, match.Length);
        }
    }

    /// <summary>The text with every match replaced.</summary>
    public string Replace(string text, string replacement)
    {
        foreach (var (regex, anchors) in _chunks)
        {
            if (!PhrasePattern.MayMatch(anchors, text)) continue;
            try
            {
                text = regex.Replace(text, replacement);
            }
            catch (RegexMatchTimeoutException)
            {
            }
        }

        return text;
    }

    private static List<Regex> Compile(List<string> alternatives, Func<string, string> wrap)
    {
        var regexes = new List<Regex>();
        for (var start = 0; start < alternatives.Count;)
        {
            var count = Math.Min(ChunkSize, alternatives.Count - start);
            while (true)
            {
                try
                {
                    regexes.Add(IntentText.Pattern(wrap(string.Join('|', alternatives.GetRange(start, count)))));
                    start += count;
                    break;
                }
                catch (NotSupportedException) when (count > 1)
                {
                    count /= 2; // an engine limit on one regex's size: compile the chunk in halves
                }
            }
        }

        return regexes;
    }

    private sealed record Chunk(Regex Regex, ImmutableArray<string> Anchors);
}
