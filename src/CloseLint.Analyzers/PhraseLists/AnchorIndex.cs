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
    private const int None = 0; // the root is never anyone's child
    private readonly int _wordCount;
    private readonly int[] _rootAscii = new int[128];                // the root's children by ASCII character
    private readonly Dictionary<char, int> _rootOther = [];           // and by any other character
    private readonly int[] _edgeStart;                                // node -> its first edge; node + 1 -> past its last
    private readonly char[] _edgeChars;
    private readonly int[] _edgeTargets;
    private readonly int[] _wordAtNode;                               // the word a node ends, or -1

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
        AnchorSets = [.. sets];

        // Built as lists of edges, then laid out flat: a few hundred kilobytes at most, cheap enough to build again
        // whenever another pattern set joins a shared index. Below the root most nodes have one or two children.
        var children = new List<List<(char Char, int Node)>> { new() };
        var wordAtNode = new List<int> { -1 };
        foreach (var (word, id) in ids)
        {
            var node = 0;
            foreach (var c in word)
            {
                var next = None;
                foreach (var (edge, target) in children[node])
                {
                    if (edge != c) continue;
                    next = target;
                    break;
                }

                if (next == None)
                {
                    next = children.Count;
                    children.Add([]);
                    wordAtNode.Add(-1);
                    children[node].Add((c, next));
                }

                node = next;
            }

            wordAtNode[node] = id;
        }

        foreach (var (c, node) in children[0])
        {
            if (c < 128) _rootAscii[c] = node;
            else _rootOther[c] = node;
        }

        _edgeStart = new int[children.Count + 1];
        for (var node = 0; node < children.Count; node++) _edgeStart[node + 1] = _edgeStart[node] + (node == 0 ? 0 : children[node].Count);
        _edgeChars = new char[_edgeStart[^1]];
        _edgeTargets = new int[_edgeStart[^1]];
        for (var node = 1; node < children.Count; node++)
        {
            var edge = _edgeStart[node];
            foreach (var (c, target) in children[node])
            {
                _edgeChars[edge] = c;
                _edgeTargets[edge++] = target;
            }
        }

        _wordAtNode = [.. wordAtNode];
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
            var first = text[start];
            var node = first < 128 ? _rootAscii[first] : _rootOther.GetValueOrDefault(first);
            for (var i = start + 1; node != None; i++)
            {
                if (_wordAtNode[node] >= 0) present[_wordAtNode[node]] = true;
                if (i == text.Length) break;
                node = Child(node, text[i]);
            }
        }

        return new Presence(present);
    }

    private int Child(int node, char c)
    {
        for (var edge = _edgeStart[node]; edge < _edgeStart[node + 1]; edge++)
            if (_edgeChars[edge] == c) return _edgeTargets[edge];
        return None;
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
