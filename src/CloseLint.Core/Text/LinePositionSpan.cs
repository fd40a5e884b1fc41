namespace CloseLint.Text;

/// <summary>A range between two <see cref="LinePosition"/>s, the end excluded, as an LSP <c>Range</c>.</summary>
public readonly record struct LinePositionSpan
{
    /// <summary>Creates a span; <paramref name="end"/> must not come before <paramref name="start"/>.</summary>
    public LinePositionSpan(LinePosition start, LinePosition end)
    {
        if (end < start) throw new ArgumentException("end must not come before start", nameof(end));
        Start = start;
        End = end;
    }

    /// <summary>The first position.</summary>
    public LinePosition Start { get; }

    /// <summary>The position just past the range.</summary>
    public LinePosition End { get; }

    /// <inheritdoc/>
    public override string ToString() => $"({Start})-({End})";
}
