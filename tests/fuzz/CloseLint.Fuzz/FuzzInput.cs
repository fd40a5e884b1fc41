using System.Text;

namespace CloseLint.Fuzz;

/// <summary>Reads fuzzer bytes as text and as a stream of small numbers that steer edits and queries.</summary>
public sealed class FuzzInput(byte[] bytes)
{
    private int _position;

    /// <summary>The bytes as text, decoded leniently so that every input reaches the parser.</summary>
    public static string Lenient(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);

    /// <summary>True while unread bytes remain.</summary>
    public bool HasMore => _position < bytes.Length;

    /// <summary>The next byte, or 0 past the end.</summary>
    public int NextByte() => _position < bytes.Length ? bytes[_position++] : 0;

    /// <summary>A number in <c>[0, exclusiveMax)</c> from the next two bytes.</summary>
    public int Next(int exclusiveMax) => exclusiveMax <= 1 ? 0 : ((NextByte() << 8) | NextByte()) % exclusiveMax;

    /// <summary>Splits input at the first <paramref name="separator"/>: a header and the rest.</summary>
    public static (byte[] Head, byte[] Tail) Split(byte[] bytes, byte separator)
    {
        var index = Array.IndexOf(bytes, separator);
        return index < 0 ? (bytes, []) : (bytes[..index], bytes[(index + 1)..]);
    }
}
