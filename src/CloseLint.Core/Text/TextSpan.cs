namespace CloseLint.Text;

/// <summary>An immutable range of UTF-16 code units in a <see cref="SourceText"/>: <c>[Start, End)</c>.</summary>
public readonly record struct TextSpan : IComparable<TextSpan>
{
    /// <summary>Creates a span from a start offset and a length.</summary>
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if ((long)start + length > int.MaxValue) throw new ArgumentOutOfRangeException(nameof(length));
        Start = start;
        Length = length;
    }

    /// <summary>The first code unit in the span.</summary>
    public int Start { get; }

    /// <summary>The number of code units in the span.</summary>
    public int Length { get; }

    /// <summary>The offset just past the span.</summary>
    public int End => Start + Length;

    /// <summary>True when the span covers no characters.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from its start and end offsets.</summary>
    public static TextSpan FromBounds(int start, int end)
    {
        if (end < start) throw new ArgumentOutOfRangeException(nameof(end), "end must not be before start");
        return new TextSpan(start, end - start);
    }

    /// <summary>True when <paramref name="position"/> is inside the span (the end is excluded).</summary>
    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>True when <paramref name="span"/> lies completely inside this span.</summary>
    public bool Contains(TextSpan span) => span.Start >= Start && span.End <= End;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool OverlapsWith(TextSpan span) => Math.Max(Start, span.Start) < Math.Min(End, span.End);

    /// <summary>True when the spans overlap or touch (an empty span at either end intersects).</summary>
    public bool IntersectsWith(TextSpan span) => span.Start <= End && span.End >= Start;

    /// <summary>The overlap of two spans, or null when they do not overlap.</summary>
    public TextSpan? Overlap(TextSpan span)
    {
        var start = Math.Max(Start, span.Start);
        var end = Math.Min(End, span.End);
        return start < end ? FromBounds(start, end) : null;
    }

    /// <inheritdoc/>
    public int CompareTo(TextSpan other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Length.CompareTo(other.Length);
    }

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}..{End})";
}
