namespace CloseLint.Text;

/// <summary>Replaces the characters of <see cref="Span"/> with <see cref="NewText"/>; an empty span inserts.</summary>
public readonly record struct TextChange(TextSpan Span, string NewText)
{
    /// <summary>Inserts <paramref name="text"/> at <paramref name="position"/>.</summary>
    public static TextChange Insert(int position, string text) => new(new TextSpan(position, 0), text);

    /// <summary>Deletes the characters of <paramref name="span"/>.</summary>
    public static TextChange Delete(TextSpan span) => new(span, string.Empty);

    /// <inheritdoc/>
    public override string ToString() => $"{Span} -> \"{NewText}\"";
}
