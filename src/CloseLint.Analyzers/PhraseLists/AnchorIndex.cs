using System.Collections.Immutable;

namespace CloseLint.PhraseLists;

/// <summary>
/// The anchor words (<see cref="PhrasePattern.Anchors"/>) of many patterns, each distinct word held once. One pass
/// over a text finds every anchor word in it, however many patterns there are: a trie of the words is walked from
/// each position of the text, and most walks end after a character or two. (A vectorized multi-string search was
/// measured slower once the lexical patterns' anchors shared one index: with thousands of words, nearly every
/// position is a candidate.) Words are kept in lower case and found in lower-cased text with ordinal comparison.
/// </summary>
internal sealed class AnchorIndex
{
    private const int NoChild = 0; // the root is never anyone's child
    private readonly int _wordCount;
    private readonly int _alphabetSize;
    private readonly sbyte[] _asciiSlots = new sbyte[128];
    private readonly Dictionary<char, int> _otherSlots = [];
    private readonly int[] _children;   // node * alphabet size + slot -> child node, or NoChild
    private readonly int[] _wordAtNode; // the word a node ends, or -1

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

        _wordCount = ids.Count;
        Array.Fill(_asciiSlots, (sbyte)-1);
        foreach (var c in ids.Keys.SelectMany(word => word).Distinct().Order())
        {
            var slot = _alphabetSize++;
            if (c < 128) _asciiSlots[c] = (sbyte)slot;
            else _otherSlots[c] = slot;
        }

        var nodeCount = 1 + ids.Keys.Sum(word => word.Length);
        var children = new int[nodeCount * Math.Max(1, _alphabetSize)];
        var wordAtNode = new int[nodeCount];
        Array.Fill(wordAtNode, -1);
        var used = 1;
        foreach (var (word, id) in ids)
        {
            var node = 0;
            foreach (var c in word)
            {
                ref var child = ref children[node * _alphabetSize + SlotOf(c)];
                if (child == NoChild) child = used++;
                node = child;
            }

            wordAtNode[node] = id;
        }

        _children = children[..(used * Math.Max(1, _alphabetSize))];
        _wordAtNode = wordAtNode[..used];
        AnchorSets = [.. sets];
    }

    /// <summary>Each pattern's anchors as word ids, in the order given; empty for a pattern that must always run.</summary>
    public ImmutableArray<ImmutableArray<int>> AnchorSets { get; }

    /// <summary>Which anchor words are in <paramref name="lowerText"/> (text already lower-cased).</summary>
    public Presence In(string lowerText)
    {
        var present = _wordCount == 0 ? [] : new bool[_wordCount];
        if (_wordCount == 0) return new Presence(present);
        var text = lowerText.AsSpan();
        for (var start = 0; start < text.Length; start++)
        {
            var node = 0;
            for (var i = start; i < text.Length; i++)
            {
                var slot = SlotOf(text[i]);
                if (slot < 0) break;
                node = _children[node * _alphabetSize + slot];
                if (node == NoChild) break;
                if (_wordAtNode[node] >= 0) present[_wordAtNode[node]] = true;
            }
        }

        return new Presence(present);
    }

    private int SlotOf(char c) => c < 128 ? _asciiSlots[c] : _otherSlots.GetValueOrDefault(c, -1);

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
