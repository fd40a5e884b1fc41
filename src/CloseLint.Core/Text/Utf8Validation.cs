using System.Text.Unicode;

namespace CloseLint.Text;

internal static class Utf8Validation
{
    /// <summary>The index of the first byte that does not start or continue a valid UTF-8 sequence, or -1.</summary>
    public static int IndexOfInvalid(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes)) return -1;
        var offset = 0;
        Span<char> sink = stackalloc char[256];
        while (offset < bytes.Length)
        {
            var status = Utf8.ToUtf16(bytes[offset..], sink, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            if (status == System.Buffers.OperationStatus.InvalidData) return offset + read;
            if (status == System.Buffers.OperationStatus.Done) return -1;
            offset += read;
        }

        return -1;
    }
}
