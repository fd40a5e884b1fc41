using System.Collections.Immutable;
using System.Text;
using CloseLint.Analysis;
using CloseLint.LanguageServer.Protocol;
using CloseLint.Text;

namespace CloseLint.LanguageServer;

/// <summary>
/// Converts between the engine (UTF-16 offsets, <see cref="LinePosition"/>) and LSP positions in the negotiated
/// encoding. This is the only place that knows about UTF-8 columns. Positions from the client are clamped, never
/// trusted: a line past the end means the end of the text, a character past the line's end means the line's end.
/// </summary>
internal sealed class ProtocolConversions(PositionEncodingKind encoding)
{
    /// <summary>Conversions for LSP's default encoding.</summary>
    public static ProtocolConversions Utf16 { get; } = new(PositionEncodingKind.Utf16);

    public PositionEncodingKind Encoding { get; } = encoding;

    /// <summary>The LSP name of the encoding.</summary>
    public string EncodingName => Encoding == PositionEncodingKind.Utf8 ? "utf-8" : "utf-16";

    public int GetOffset(SourceText text, LspPosition position)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= text.LineCount) return text.Length;
        var line = text.GetLine(position.Line);
        var character = Math.Max(0, position.Character);
        if (Encoding == PositionEncodingKind.Utf16)
        {
            var offset = Math.Min(line.Start + character, line.End);
            // A column between the halves of a surrogate pair means the character that starts before it.
            return text.IsInsideCharacter(offset) ? offset - 1 : offset;
        }

        var chars = text.AsSpan(line.Span);
        var bytes = 0;
        var i = 0;
        while (i < chars.Length)
        {
            var width = Utf8Width(chars, i, out var units);
            if (bytes + width > character) break;
            bytes += width;
            i += units;
        }

        return line.Start + i;
    }

    public TextSpan GetSpan(SourceText text, LspRange range)
    {
        var start = GetOffset(text, range.Start);
        var end = GetOffset(text, range.End);
        return end < start ? TextSpan.FromBounds(end, start) : TextSpan.FromBounds(start, end);
    }

    public LspPosition GetPosition(SourceText text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var line = text.GetLineFromPosition(offset);
        var column = offset - line.Start;
        if (Encoding == PositionEncodingKind.Utf8)
            column = System.Text.Encoding.UTF8.GetByteCount(text.AsSpan(TextSpan.FromBounds(line.Start, offset)));
        return new LspPosition(line.LineNumber, column);
    }

    public LspRange GetRange(SourceText text, TextSpan span) => new(GetPosition(text, span.Start), GetPosition(text, span.End));

    public TextEdit GetTextEdit(SourceText text, TextChange change) => new(GetRange(text, change.Span), change.NewText);

    public ImmutableArray<TextEdit> GetTextEdits(SourceText text, IEnumerable<TextChange> changes) =>
        [.. changes.Select(change => GetTextEdit(text, change))];

    /// <summary>The diagnostic as LSP shows it, or null for a hidden (silent) one.</summary>
    public LspDiagnostic? GetDiagnostic(Diagnostic diagnostic)
    {
        if (ToLspSeverity(diagnostic.Severity) is not { } severity || diagnostic.Location.Text is not { } text) return null;
        return new LspDiagnostic
        {
            Range = GetRange(text, diagnostic.Location.SourceSpan),
            Severity = severity,
            Code = diagnostic.Id,
            CodeDescription = string.IsNullOrEmpty(diagnostic.Descriptor.HelpLinkUri) ? null : new CodeDescription(diagnostic.Descriptor.HelpLinkUri),
            Source = LspNames.Source,
            Message = diagnostic.GetMessage(),
        };
    }

    public ImmutableArray<LspDiagnostic> GetDiagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        var builder = ImmutableArray.CreateBuilder<LspDiagnostic>();
        foreach (var diagnostic in diagnostics)
            if (GetDiagnostic(diagnostic) is { } converted) builder.Add(converted);
        return builder.DrainToImmutable();
    }

    /// <summary>LSP severities: 1 error, 2 warning, 3 information; hidden diagnostics are not shown.</summary>
    public static int? ToLspSeverity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => 1,
        DiagnosticSeverity.Warning => 2,
        DiagnosticSeverity.Info => 3,
        _ => null,
    };

    private static int Utf8Width(ReadOnlySpan<char> chars, int index, out int units)
    {
        var c = chars[index];
        units = 1;
        if (c < 0x80) return 1;
        if (c < 0x800) return 2;
        if (char.IsHighSurrogate(c) && index + 1 < chars.Length && char.IsLowSurrogate(chars[index + 1]))
        {
            units = 2;
            return 4;
        }

        return 3;
    }
}
