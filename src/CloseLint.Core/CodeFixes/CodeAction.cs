using System.Collections.Immutable;
using CloseLint.Text;

namespace CloseLint.CodeFixes;

/// <summary>A titled fix: text changes to one document, all relative to the text the diagnostic was found in.</summary>
public sealed class CodeAction
{
    private CodeAction(string title, ImmutableArray<TextChange> changes, string equivalenceKey)
    {
        Title = title;
        Changes = changes;
        EquivalenceKey = equivalenceKey;
    }

    /// <summary>What the fix does, as shown in a menu ("Replace with 'I'd welcome the chance to…'").</summary>
    public string Title { get; }

    /// <summary>Non-overlapping changes to the original text.</summary>
    public ImmutableArray<TextChange> Changes { get; }

    /// <summary>Fixes of the same kind share a key; "fix all" applies one kind at a time.</summary>
    public string EquivalenceKey { get; }

    /// <summary>Creates a fix.</summary>
    public static CodeAction Create(string title, IEnumerable<TextChange> changes, string? equivalenceKey = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        return new CodeAction(title, [.. changes], equivalenceKey ?? title);
    }

    /// <summary>Creates a fix with one change.</summary>
    public static CodeAction Create(string title, TextChange change, string? equivalenceKey = null) => Create(title, [change], equivalenceKey);

    /// <summary>The text after the fix.</summary>
    public SourceText ApplyTo(SourceText text) => text.WithChanges(Changes);

    /// <inheritdoc/>
    public override string ToString() => Title;
}
