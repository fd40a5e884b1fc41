namespace CloseLint.Text;

/// <summary>Bytes that cannot be read as text, with where the problem starts.</summary>
public sealed class TextDecodingException(string message, int byteOffset, LinePosition position) : Exception(message)
{
    /// <summary>The offset of the first bad byte.</summary>
    public int ByteOffset { get; } = byteOffset;

    /// <summary>The 0-based line and UTF-16 column where the bad byte would start.</summary>
    public LinePosition Position { get; } = position;
}
