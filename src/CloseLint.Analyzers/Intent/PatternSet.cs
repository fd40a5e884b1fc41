using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.RegularExpressions;
using CloseLint.PhraseLists;

namespace CloseLint.Intent;

/// <summary>
/// A long alternation of patterns for normalized text. Each alternative with an anchor word (a literal word it cannot
/// match without, weak ones included: <see cref="PhrasePattern.AnchorsOrWeakAnchors"/>) is its own small regex that
/// runs only when one of its anchors is in the text (one scan per text for every set: <see cref="SharedAnchors"/>);
/// the few alternatives without one are compiled together in chunks that always run. A sentence so meets only the
/// handful of alternatives that could match it.
/// </summary>
internal sealed class PatternSet
{
    private const int ChunkSize = 16;
    private readonly Alternative[] _alternatives;
    private readonly int _firstAnchorSet;

    private PatternSet(List<string> alternatives, Func<string, string> wrap)
    {
        var compiled = new List<Alternative>();
        var unanchored = new List<string>();
        foreach (var alternative in alternatives)
        {
            var anchors = PhrasePattern.AnchorsOrWeakAnchors(alternative);
            if (anchors.IsEmpty)
            {
                unanchored.Add(alternative);
                continue;
            }

            compiled.Add(new Alternative(wrap(alternative), anchors));
        }

        compiled.AddRange(Compile(unanchored, wrap).Select(regex => new Alternative(regex)));
        _alternatives = [.. compiled];
        _firstAnchorSet = SharedAnchors.Register([.. _alternatives.Select(a => a.Anchors)]);
    }

    /// <summary>
    /// Alternatives that each match whole words: <c>a|b|c</c> matches as <c>\b(?:a|b|c)(?:\b|$)</c> (the end of the
    /// text also ends a word, so an alternative may end with <c>[.!]?$</c>).
    /// </summary>
    public static PatternSet Words(string alternation) => new(RegexSource.SplitTopLevel(alternation), static source => @"\b(?:" + source + @")(?:\b|$)");

    /// <summary>A pattern whose top-level alternatives are compiled as written.</summary>
    public static PatternSet Of(string pattern) => new(RegexSource.SplitTopLevel(pattern), static source => source);

    /// <summary>True when any alternative matches.</summary>
    public bool IsMatch(string text)
    {
        var anchors = ScanAnchors(text);
        for (var i = 0; i < _alternatives.Length; i++)
        {
            if (anchors.MayMatch(_firstAnchorSet + i) && _alternatives[i].Regex.IsMatch(text)) return true;
        }

        return false;
    }

    /// <summary>Every match of every alternative (matches of different alternatives may overlap).</summary>
    public IEnumerable<(int Index, int Length)> Matches(string text)
    {
        var anchors = ScanAnchors(text);
        for (var i = 0; i < _alternatives.Length; i++)
        {
            if (!anchors.MayMatch(_firstAnchorSet + i)) continue;
            foreach (Match match in _alternatives[i].Regex.Matches(text)) yield return (match.Index, match.Length);
        }
    }

    /// <summary>The text with every match replaced, alternative by alternative; <paramref name="replacement"/> holds no letters.</summary>
    public string Replace(string text, string replacement)
    {
        Debug.Assert(!replacement.Any(char.IsLetter), "a replacement with letters could add an anchor word");
        // Anchors found in the original text: a replacement can remove anchor words but, being no word itself, never
        // add one, so an alternative skipped here could not match the text as it is later either.
        var anchors = ScanAnchors(text);
        for (var i = 0; i < _alternatives.Length; i++)
            if (anchors.MayMatch(_firstAnchorSet + i)) text = _alternatives[i].Regex.Replace(text, replacement);
        return text;
    }

    private SharedAnchors.Scan ScanAnchors(string text) => SharedAnchors.In(text, _firstAnchorSet + _alternatives.Length);

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

    /// <summary>One alternative (or a chunk of unanchored ones) and its regex, compiled on first use: a process that reads a few sentences pays only for the alternatives their words call for.</summary>
    private sealed class Alternative
    {
        private readonly string _source;
        private Regex? _regex;

        public Alternative(string source, ImmutableArray<string> anchors)
        {
            _source = source;
            Anchors = anchors;
        }

        public Alternative(Regex regex)
        {
            _source = regex.ToString();
            _regex = regex;
            Anchors = [];
        }

        public ImmutableArray<string> Anchors { get; }

        public Regex Regex => Volatile.Read(ref _regex) ?? Compile();

        private Regex Compile()
        {
            var compiled = IntentText.Pattern(_source);
            return Interlocked.CompareExchange(ref _regex, compiled, null) ?? compiled;
        }
    }

    /// <summary>Compiles every alternative now (tests use it to check that every pattern is valid).</summary>
    internal int CompileAll() => _alternatives.Count(alternative => alternative.Regex is not null);

    /// <summary>The alternatives that match <paramref name="text"/> although their anchors say they cannot (tests: it must be none).</summary>
    internal IEnumerable<string> AlternativesWronglySkipped(string text)
    {
        var anchors = ScanAnchors(text);
        for (var i = 0; i < _alternatives.Length; i++)
            if (!anchors.MayMatch(_firstAnchorSet + i) && _alternatives[i].Regex.IsMatch(text)) yield return _alternatives[i].Regex.ToString();
    }
}
