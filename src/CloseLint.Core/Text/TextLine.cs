namespace CloseLint.Text;

/// <summary>One line of a <see cref="SourceText"/>: its span without and with its line break.</summary>
public readonly record struct TextLine(SourceText Text, int LineNumber, int Start, int End, int EndIncludingLineBreak)
{
    /// <summary>The line's characters, without the line break.</summary>
    public TextSpan Span => TextSpan.FromBounds(Start, End);

    /// <summary>The line's characters and its line break (<c>\n</c>, <c>\r\n</c> or <c>\r</c>).</summary>
    public TextSpan SpanIncludingLineBreak => TextSpan.FromBounds(Start, EndIncludingLineBreak);

    /// <summary>The line's text without the line break.</summary>
    public override string ToString() => Text.ToString(Span);
}
