using System.Globalization;

namespace CloseLint.Analysis;

/// <summary>Describes one kind of diagnostic: its id, words, category and default severity.</summary>
public sealed class DiagnosticDescriptor : IEquatable<DiagnosticDescriptor>
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">A stable id such as <c>CL0002</c>.</param>
    /// <param name="title">A short title.</param>
    /// <param name="messageFormat">A composite format for the message; one line, no final period.</param>
    /// <param name="category">See <see cref="DiagnosticCategories"/>.</param>
    /// <param name="defaultSeverity">The severity unless configured.</param>
    /// <param name="isEnabledByDefault">False to report only when configured on.</param>
    /// <param name="helpLinkUri">The rule's doc page.</param>
    /// <param name="description">A longer explanation.</param>
    public DiagnosticDescriptor(string id, string title, string messageFormat, string category,
        DiagnosticSeverity defaultSeverity, bool isEnabledByDefault, string? helpLinkUri = null, string? description = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageFormat);
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        IsEnabledByDefault = isEnabledByDefault;
        HelpLinkUri = helpLinkUri ?? HelpLinks.ForRule(id);
        Description = description ?? string.Empty;
    }

    /// <summary>A stable id such as <c>CL0002</c>.</summary>
    public string Id { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>The composite format of the message.</summary>
    public string MessageFormat { get; }

    /// <summary>The rule's category.</summary>
    public string Category { get; }

    /// <summary>The severity unless configured.</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>False when the rule reports only if configured on.</summary>
    public bool IsEnabledByDefault { get; }

    /// <summary>The rule's doc page.</summary>
    public string HelpLinkUri { get; }

    /// <summary>A longer explanation.</summary>
    public string Description { get; }

    /// <summary>Formats the message with <paramref name="arguments"/>.</summary>
    public string FormatMessage(IReadOnlyList<object?> arguments) =>
        arguments.Count == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, [.. arguments]);

    /// <inheritdoc/>
    public bool Equals(DiagnosticDescriptor? other) =>
        other is not null && Id == other.Id && Title == other.Title && MessageFormat == other.MessageFormat
        && DefaultSeverity == other.DefaultSeverity && Category == other.Category;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DiagnosticDescriptor);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Title, MessageFormat);

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Title}";
}
