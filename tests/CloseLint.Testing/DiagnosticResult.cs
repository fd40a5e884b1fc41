using System.Collections.Immutable;
using System.Globalization;
using CloseLint.Text;

namespace CloseLint.Testing;

/// <summary>An expected diagnostic: an id, and optionally a location, message arguments or a message.</summary>
public sealed record DiagnosticResult(string Id)
{
    /// <summary>The expected span, once known.</summary>
    public TextSpan? Span { get; init; }

    /// <summary>A numbered markup location (<c>{|#0:…|}</c>) to take the span from.</summary>
    public int? LocationIndex { get; init; }

    /// <summary>Expected message arguments, compared as strings.</summary>
    public ImmutableArray<string>? Arguments { get; init; }

    /// <summary>The expected message.</summary>
    public string? Message { get; init; }

    /// <summary>Expects the span of markup location <c>{|#n:…|}</c>.</summary>
    public DiagnosticResult WithLocation(int markupLocation) => this with { LocationIndex = markupLocation };

    /// <summary>Expects an exact span.</summary>
    public DiagnosticResult WithSpan(int start, int end) => this with { Span = TextSpan.FromBounds(start, end) };

    /// <summary>Expects these message arguments.</summary>
    public DiagnosticResult WithArguments(params object[] arguments) =>
        this with { Arguments = [.. arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? string.Empty)] };

    /// <summary>Expects this message.</summary>
    public DiagnosticResult WithMessage(string message) => this with { Message = message };

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Id} at {Span?.ToString() ?? (LocationIndex is { } n ? "#" + n : "?")}" +
        (Arguments is { } args ? $" args [{string.Join(", ", args)}]" : string.Empty) + (Message is null ? string.Empty : $" '{Message}'");
}
