using System.Collections.Immutable;
using CloseLint.PhraseLists;

namespace CloseLint.Intent;

/// <summary>
/// The anchor words of every <see cref="PatternSet"/> in one <see cref="AnchorIndex"/>. The lexical detector asks a
/// dozen pattern sets about the same normalized sentence; scanning it once for all their anchors, and remembering the
/// last sentence scanned on each thread, replaced a scan per set (measured at a third of the detector's time).
/// </summary>
internal static class SharedAnchors
{
    private static readonly Lock Gate = new();
    private static readonly List<ImmutableArray<string>> Sets = [];
    private static AnchorIndex? _index;

    [ThreadStatic] private static string? _lastText;
    [ThreadStatic] private static Scan _lastScan;

    /// <summary>Adds a pattern set's anchor sets; returns where they start in <see cref="AnchorIndex.AnchorSets"/>.</summary>
    public static int Register(IReadOnlyCollection<ImmutableArray<string>> anchorSets)
    {
        lock (Gate)
        {
            var first = Sets.Count;
            Sets.AddRange(anchorSets);
            // Rebuilt on the next scan. Word ids are given in order of first appearance, so the sets registered
            // earlier keep their ids in the new index, and a scan made with an older index still answers for them.
            _index = null;
            return first;
        }
    }

    /// <summary>The anchor words in <paramref name="text"/>, from an index holding at least the first <paramref name="setCount"/> sets.</summary>
    public static Scan In(string text, int setCount)
    {
        if (ReferenceEquals(text, _lastText) && _lastScan.Index.AnchorSets.Length >= setCount) return _lastScan;
        var index = Current(setCount);
        var scan = new Scan(index, index.In(text));
        _lastText = text;
        _lastScan = scan;
        return scan;
    }

    private static AnchorIndex Current(int setCount)
    {
        var index = Volatile.Read(ref _index);
        if (index is not null && index.AnchorSets.Length >= setCount) return index;
        lock (Gate) return _index ??= new AnchorIndex(Sets);
    }

    /// <summary>One text's anchor words, and the index that found them.</summary>
    public readonly record struct Scan(AnchorIndex Index, AnchorIndex.Presence Presence)
    {
        /// <summary>True when the anchor set at <paramref name="setIndex"/> allows a match.</summary>
        public bool MayMatch(int setIndex) => Presence.MayMatch(Index.AnchorSets[setIndex]);
    }
}
