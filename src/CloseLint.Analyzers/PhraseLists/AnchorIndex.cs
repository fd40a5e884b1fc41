using System.Collections.Immutable;

namespace CloseLint.PhraseLists;

/// <summary>
/// The anchor words (<see cref="PhrasePattern.Anchors"/>) of many patterns, each distinct word held once, so one text
/// is searched for each word at most once however many patterns share it. Words are kept in lower case and looked
/// up in lower-cased text with an ordinal search, which is several times faster than an ignore-case one.
/// </summary>
internal sealed class AnchorIndex
{
    private readonly string[] _words;

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
        AnchorSets = [.. sets];
    }

    /// <summary>Each pattern's anchors as word ids, in the order given; empty for a pattern that must always run.</summary>
    public ImmutableArray<ImmutableArray<int>> AnchorSets { get; }

    /// <summary>A lookup of which words are in <paramref name="lowerText"/> (text already lower-cased), each searched on first need.</summary>
    public Presence In(string lowerText) => new(_words, lowerText);

    /// <summary>Which anchor words one text holds.</summary>
    public readonly struct Presence
    {
        private readonly string[] _words;
        private readonly string _text;
        private readonly sbyte[] _known; // 0 not yet searched, 1 present, -1 absent

        internal Presence(string[] words, string text)
        {
            _words = words;
            _text = text;
            _known = words.Length == 0 ? [] : new sbyte[words.Length];
        }

        /// <summary>True when <paramref name="anchorSet"/> is empty (the pattern always runs) or one of its words is in the text.</summary>
        public bool MayMatch(ImmutableArray<int> anchorSet)
        {
            if (anchorSet.IsEmpty) return true;
            foreach (var id in anchorSet)
            {
                if (_known[id] == 0) _known[id] = _text.Contains(_words[id], StringComparison.Ordinal) ? (sbyte)1 : (sbyte)-1;
                if (_known[id] > 0) return true;
            }

            return false;
        }
    }
}
