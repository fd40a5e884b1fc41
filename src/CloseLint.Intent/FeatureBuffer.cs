namespace CloseLint.Intent;

/// <summary>A reusable sparse vector: sorted, distinct indices and their values. Not thread-safe.</summary>
public sealed class FeatureBuffer
{
    private int[] _indices = new int[256];
    private float[] _values = new float[256];

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

    /// <summary>Sorts the indices, turns duplicates into one binary feature, and scales to unit length.</summary>
    internal void SortMergeAndNormalize()
    {
        if (Count == 0) return;
        Array.Sort(_indices, 0, Count);
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
