using System.Collections.Immutable;
using System.Text;

namespace CloseLint.Text;

/// <summary>
/// An immutable snapshot of a document's text with a line map. Offsets are UTF-16 code units; lines end at
/// <c>\n</c>, <c>\r\n</c> or <c>\r</c> (a CRLF is one line break and is never split).
/// </summary>
public sealed class SourceText
{
    private readonly string _text;
    private readonly int[] _lineStarts;

    private SourceText(string text, Encoding? encoding, bool hadByteOrderMark)
    {
        _text = text;
        Encoding = encoding;
        HadByteOrderMark = hadByteOrderMark;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The encoding the text was decoded from, or null when it came from a string.</summary>
    public Encoding? Encoding { get; }

    /// <summary>True when the decoded bytes started with a byte order mark (it is not part of the text).</summary>
    public bool HadByteOrderMark { get; }

    /// <summary>The number of UTF-16 code units.</summary>
    public int Length => _text.Length;

    /// <summary>The number of lines; an empty text and a text ending in a line break end with an empty line.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The code unit at <paramref name="position"/>.</summary>
    public char this[int position] => _text[position];

    /// <summary>Wraps a string. A leading U+FEFF is kept: strings have no byte order mark.</summary>
    public static SourceText From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SourceText(text, encoding: null, hadByteOrderMark: false);
    }

    /// <summary>
    /// Decodes bytes: UTF-8, or UTF-16 (LE or BE) when a byte order mark says so. The byte order mark is dropped.
    /// </summary>
    /// <exception cref="TextDecodingException">The bytes are binary or not valid UTF-8.</exception>
    public static SourceText From(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return new SourceText(DecodeUtf8(bytes[3..], 3), new UTF8Encoding(true), hadByteOrderMark: true);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return new SourceText(DecodeUtf16(bytes[2..], new UnicodeEncoding(false, false, true)), Encoding.Unicode, true);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new SourceText(DecodeUtf16(bytes[2..], new UnicodeEncoding(true, false, true)), Encoding.BigEndianUnicode, true);

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
            throw new TextDecodingException($"binary data: a NUL byte at byte offset {nul}", nul, PositionOfByte(bytes, nul));
        return new SourceText(DecodeUtf8(bytes, 0), new UTF8Encoding(false), hadByteOrderMark: false);
    }

    /// <summary>The whole text.</summary>
    public override string ToString() => _text;

    /// <summary>The text of <paramref name="span"/>.</summary>
    public string ToString(TextSpan span)
    {
        CheckSpan(span);
        return _text.Substring(span.Start, span.Length);
    }

    /// <summary>The characters of <paramref name="span"/> without copying.</summary>
    public ReadOnlySpan<char> AsSpan(TextSpan span)
    {
        CheckSpan(span);
        return _text.AsSpan(span.Start, span.Length);
    }

    /// <summary>All characters without copying.</summary>
    public ReadOnlySpan<char> AsSpan() => _text.AsSpan();

    /// <summary>The line with 0-based number <paramref name="lineNumber"/>.</summary>
    public TextLine GetLine(int lineNumber)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lineNumber);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(lineNumber, _lineStarts.Length);
        var start = _lineStarts[lineNumber];
        var endWithBreak = lineNumber + 1 < _lineStarts.Length ? _lineStarts[lineNumber + 1] : _text.Length;
        var end = endWithBreak;
        if (end > start && _text[end - 1] == '\n') end--;
        if (end > start && _text[end - 1] == '\r') end--;
        return new TextLine(this, lineNumber, start, end, endWithBreak);
    }

    /// <summary>The line that contains <paramref name="position"/> (the end of the text belongs to the last line).</summary>
    public TextLine GetLineFromPosition(int position) => GetLine(GetLineNumber(position));

    /// <summary>The 0-based line number of <paramref name="position"/>.</summary>
    public int GetLineNumber(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, _text.Length);
        var index = Array.BinarySearch(_lineStarts, position);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The line and UTF-16 column of <paramref name="position"/>.</summary>
    public LinePosition GetLinePosition(int position)
    {
        var line = GetLineNumber(position);
        return new LinePosition(line, position - _lineStarts[line]);
    }

    /// <summary>The start and end of <paramref name="span"/> as line positions.</summary>
    public LinePositionSpan GetLinePositionSpan(TextSpan span)
    {
        CheckSpan(span);
        return new LinePositionSpan(GetLinePosition(span.Start), GetLinePosition(span.End));
    }

    /// <summary>
    /// The offset of a line position. A character past the end of its line is clamped to the line's end
    /// (before the line break), and a line past the end to the end of the text, as LSP asks of servers.
    /// </summary>
    public int GetPosition(LinePosition position)
    {
        if (position.Line < 0 || position.Character < 0)
            throw new ArgumentOutOfRangeException(nameof(position), position, "line and character must not be negative");
        if (position.Line >= _lineStarts.Length) return _text.Length;
        var line = GetLine(position.Line);
        return Math.Min(line.Start + position.Character, line.End);
    }

    /// <summary>The text span of a line position span (each end clamped as in <see cref="GetPosition"/>).</summary>
    public TextSpan GetTextSpan(LinePositionSpan span)
    {
        var start = GetPosition(span.Start);
        var end = Math.Max(start, GetPosition(span.End));
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>Applies one change.</summary>
    public SourceText WithChanges(TextChange change) => WithChanges([change]);

    /// <summary>
    /// Applies changes whose spans refer to this text (not to each other's results). They may come in any order
    /// but must not overlap; two inserts at one position keep their given order.
    /// </summary>
    public SourceText WithChanges(IEnumerable<TextChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var ordered = changes.Select((change, index) => (change, index))
            .OrderBy(c => c.change.Span.Start).ThenBy(c => c.change.Span.End).ThenBy(c => c.index)
            .Select(c => c.change).ToImmutableArray();
        if (ordered.IsEmpty) return this;

        var length = _text.Length;
        var position = 0;
        foreach (var change in ordered)
        {
            CheckSpan(change.Span);
            if (change.Span.Start < position)
                throw new ArgumentException($"The change at {change.Span} overlaps an earlier change.", nameof(changes));
            length += change.NewText.Length - change.Span.Length;
            position = change.Span.End;
        }

        // One copy straight into the new string: a 1 MB document is not built twice over per keystroke.
        var text = string.Create(length, (_text, ordered), static (destination, state) =>
        {
            var (source, changes) = state;
            var from = 0;
            foreach (var change in changes)
            {
                source.AsSpan(from, change.Span.Start - from).CopyTo(destination);
                destination = destination[(change.Span.Start - from)..];
                change.NewText.AsSpan().CopyTo(destination);
                destination = destination[change.NewText.Length..];
                from = change.Span.End;
            }

            source.AsSpan(from).CopyTo(destination);
        });
        return new SourceText(text, Encoding, HadByteOrderMark);
    }

    /// <summary>True when <paramref name="position"/> lies between a surrogate pair or between CR and LF.</summary>
    public bool IsInsideCharacter(int position)
    {
        if (position <= 0 || position >= _text.Length) return false;
        return (char.IsHighSurrogate(_text[position - 1]) && char.IsLowSurrogate(_text[position]))
            || (_text[position - 1] == '\r' && _text[position] == '\n');
    }

    private void CheckSpan(TextSpan span)
    {
        if (span.End > _text.Length)
            throw new ArgumentOutOfRangeException(nameof(span), span, $"The span ends past the text's length {_text.Length}.");
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int>(Math.Max(4, text.Length / 40)) { 0 };
        var span = text.AsSpan();
        var offset = 0;
        while (true)
        {
            var index = span[offset..].IndexOfAny('\r', '\n');
            if (index < 0) break;
            offset += index;
            offset += span[offset] == '\r' && offset + 1 < span.Length && span[offset + 1] == '\n' ? 2 : 1;
            starts.Add(offset);
        }

        return [.. starts];
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, int byteOffsetBase)
    {
        var invalid = Utf8Validation.IndexOfInvalid(bytes);
        if (invalid >= 0)
        {
            var position = PositionOfByte(bytes, invalid);
            throw new TextDecodingException(
                $"invalid UTF-8 at line {position.Line + 1}, column {position.Character + 1} (byte offset {invalid + byteOffsetBase})",
                invalid + byteOffsetBase, position);
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private static string DecodeUtf16(ReadOnlySpan<byte> bytes, UnicodeEncoding encoding)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new TextDecodingException($"invalid UTF-16: {ex.Message}", ex.Index, default);
        }
    }

    /// <summary>The line and UTF-16 column of the character that starts at (or contains) byte <paramref name="byteIndex"/>.</summary>
    private static LinePosition PositionOfByte(ReadOnlySpan<byte> bytes, int byteIndex)
    {
        var before = bytes[..byteIndex];
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i] == '\n' || (before[i] == '\r' && (i + 1 >= before.Length || before[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        var column = Encoding.UTF8.GetCharCount(before[lineStart..]);
        return new LinePosition(line, column);
    }
}
