namespace CloseLint.Intent;

/// <summary>A reusable sparse vector: sorted, distinct indices and their values. Not thread-safe.</summary>
public sealed class FeatureBuffer
{
    private int[] _indices = new int[256];
    private float[] _values = new float[256];
    private int[] _scratch = [];

    /// <summary>How many entries are set.</summary>
    public int Count { get; private set; }

    /// <summary>The set indices, sorted.</summary>
    public ReadOnlySpan<int> Indices => _indices.AsSpan(0, Count);

    /// <summary>The values for <see cref="Indices"/>.</summary>
    public ReadOnlySpan<float> Values => _values.AsSpan(0, Count);

    internal void Clear() => Count = 0;

    internal void Add(int index)
    {
        if (Count == _indices.Length)
        {
            Array.Resize(ref _indices, Count * 2);
            Array.Resize(ref _values, Count * 2);
        }

        _indices[Count++] = index;
    }

    // Indices below 2^16 (the shipped featurizer's) sort in two counting passes of a byte each: a third of the
    // model's time went to a comparison sort of a few hundred indices per sentence.
    private void SortIndices()
    {
        var indices = _indices.AsSpan(0, Count);
        if (Count < 32 || !AllBelow(indices, 1 << 16))
        {
            indices.Sort();
            return;
        }

        if (_scratch.Length < Count) _scratch = new int[_indices.Length];
        var scratch = _scratch.AsSpan(0, Count);
        Span<int> counts = stackalloc int[256];
        for (var shift = 0; shift < 16; shift += 8)
        {
            counts.Clear();
            foreach (var index in indices) counts[(index >> shift) & 0xFF]++;
            for (int bucket = 0, start = 0; bucket < 256; bucket++) (counts[bucket], start) = (start, start + counts[bucket]);
            foreach (var index in indices) scratch[counts[(index >> shift) & 0xFF]++] = index;
            scratch.CopyTo(indices);
        }
    }

    private static bool AllBelow(ReadOnlySpan<int> values, int limit)
    {
        foreach (var value in values)
            if ((uint)value >= (uint)limit) return false;
        return true;
    }

    /// <summary>Sorts the indices, turns duplicates into one binary feature, and scales to unit length.</summary>
    internal void SortMergeAndNormalize()
    {
        if (Count == 0) return;
        SortIndices();
        var distinct = 0;
        for (var i = 0; i < Count; i++)
        {
            if (distinct > 0 && _indices[distinct - 1] == _indices[i]) continue;
            _indices[distinct++] = _indices[i];
        }

        Count = distinct;
        var value = 1f / MathF.Sqrt(distinct);
        _values.AsSpan(0, distinct).Fill(value);
    }
}
