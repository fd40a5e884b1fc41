using CloseLint.Analysis;
using CloseLint.Cli.Loading;
using CloseLint.Text;

namespace CloseLint.Cli.Checking;

/// <summary>One diagnostic as reports show it: positions already mapped (paragraphs for Word documents).</summary>
/// <param name="Descriptor">The rule.</param>
/// <param name="Severity">The effective severity.</param>
/// <param name="Message">The formatted message.</param>
/// <param name="Range">0-based lines (or paragraphs) and UTF-16 characters.</param>
/// <param name="Offset">The UTF-16 offset in the script's text.</param>
/// <param name="Length">The UTF-16 length.</param>
internal sealed record Finding(DiagnosticDescriptor Descriptor, DiagnosticSeverity Severity, string Message, LinePositionSpan Range, int Offset, int Length)
{
    /// <summary>The rule id.</summary>
    public string Id => Descriptor.Id;

    /// <summary>The span in the script's text.</summary>
    public TextSpan Span => new(Offset, Length);

    /// <summary>A diagnostic of <paramref name="unit"/>.</summary>
    public static Finding From(Diagnostic diagnostic, ScriptUnit unit) => new(diagnostic.Descriptor, diagnostic.Severity, diagnostic.GetMessage(),
        unit.ToReported(diagnostic.Location.GetLineSpan()), diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);

    /// <summary>An input that could not be read (CL9003, an error).</summary>
    public static Finding Unreadable(string reason, LinePosition? position = null)
    {
        var at = position ?? LinePosition.Zero;
        return new Finding(InternalDiagnostics.UnreadableInput, DiagnosticSeverity.Error, reason, new LinePositionSpan(at, at), 0, 0);
    }
}
