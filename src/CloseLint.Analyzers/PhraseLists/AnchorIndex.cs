using System.Buffers;
using System.Collections.Immutable;

namespace CloseLint.PhraseLists;

/// <summary>
/// The anchor words (<see cref="PhrasePattern.Anchors"/>) of many patterns, each distinct word held once. One pass
/// over a text (a vectorized multi-string search) finds every anchor word in it, however many patterns there are.
/// Words are kept in lower case and found in lower-cased text with ordinal comparison.
/// </summary>
internal sealed class AnchorIndex
{
    private readonly string[] _words;
    private readonly SearchValues<string> _search;
    private readonly Dictionary<char, int[]> _wordsByFirstChar;

    /// <summary>Indexes the anchor sets of several patterns, in order.</summary>
    public AnchorIndex(IEnumerable<ImmutableArray<string>> anchorSets)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var sets = new List<ImmutableArray<int>>();
        foreach (var anchors in anchorSets)
        {
            sets.Add([.. anchors.Select(anchor =>
            {
                var word = anchor.ToLowerInvariant();
                if (!ids.TryGetValue(word, out var id)) ids[word] = id = ids.Count;
                return id;
            })]);
        }

        _words = new string[ids.Count];
        foreach (var (word, id) in ids) _words[id] = word;
        _search = SearchValues.Create(_words, StringComparison.Ordinal);
        _wordsByFirstChar = Enumerable.Range(0, _words.Length).GroupBy(id => _words[id][0]).ToDictionary(group => group.Key, group => group.ToArray());
        AnchorSets = [.. sets];
    }

    /// <summary>Each pattern's anchors as word ids, in the order given; empty for a pattern that must always run.</summary>
    public ImmutableArray<ImmutableArray<int>> AnchorSets { get; }

    /// <summary>Which anchor words are in <paramref name="lowerText"/> (text already lower-cased).</summary>
    public Presence In(string lowerText)
    {
        var present = _words.Length == 0 ? [] : new bool[_words.Length];
        var text = lowerText.AsSpan();
        for (var offset = 0; offset < text.Length;)
        {
            var found = text[offset..].IndexOfAny(_search);
            if (found < 0) break;
            var start = offset + found;
            foreach (var id in _wordsByFirstChar[text[start]])
                if (text[start..].StartsWith(_words[id], StringComparison.Ordinal)) present[id] = true;
            offset = start + 1;
        }

        return new Presence(present);
    }

    /// <summary>Which anchor words one text holds.</summary>
    public readonly struct Presence
    {
        private readonly bool[] _present;

        internal Presence(bool[] present) => _present = present;

        /// <summary>True when <paramref name="anchorSet"/> is empty (the pattern always runs) or one of its words is in the text.</summary>
        public bool MayMatch(ImmutableArray<int> anchorSet)
        {
            if (anchorSet.IsEmpty) return true;
            foreach (var id in anchorSet)
                if (_present[id]) return true;
            return false;
        }
    }
}
