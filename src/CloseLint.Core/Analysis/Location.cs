using CloseLint.Syntax;
using CloseLint.Text;

namespace CloseLint.Analysis;

/// <summary>Where a diagnostic is: a span in a document's text.</summary>
public sealed class Location : IEquatable<Location>
{
    private Location(SourceText? text, string? filePath, TextSpan span)
    {
        Text = text;
        FilePath = filePath;
        SourceSpan = span;
    }

    /// <summary>No location (for example a configuration problem without a file).</summary>
    public static Location None { get; } = new(null, null, default);

    /// <summary>The text the span refers to, or null for <see cref="None"/>.</summary>
    public SourceText? Text { get; }

    /// <summary>The document's file, if it has one.</summary>
    public string? FilePath { get; }

    /// <summary>The span in <see cref="Text"/>.</summary>
    public TextSpan SourceSpan { get; }

    /// <summary>True when the location points into a document.</summary>
    public bool IsInSource => Text is not null;

    /// <summary>A span of <paramref name="document"/>.</summary>
    public static Location Create(ScriptDocument document, TextSpan span) => Create(document.Text, document.FilePath, span);

    /// <summary>A span of <paramref name="text"/>.</summary>
    public static Location Create(SourceText text, string? filePath, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (span.End > text.Length) throw new ArgumentOutOfRangeException(nameof(span), span, "The span ends past the text.");
        return new Location(text, filePath, span);
    }

    /// <summary>The span as 0-based lines and UTF-16 characters.</summary>
    public LinePositionSpan GetLineSpan() => Text?.GetLinePositionSpan(SourceSpan) ?? default;

    /// <inheritdoc/>
    public bool Equals(Location? other) =>
        other is not null && ReferenceEquals(Text, other.Text) && SourceSpan == other.SourceSpan && FilePath == other.FilePath;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Location);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SourceSpan, FilePath);

    /// <inheritdoc/>
    public override string ToString() => IsInSource ? $"{FilePath}{GetLineSpan()}" : "<none>";
}
