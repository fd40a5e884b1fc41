using System.Collections.Immutable;
using CloseLint.CodeFixes;

namespace CloseLint.Rules;

/// <summary>
/// Fixes CL0009 by adding the missing half: a next-steps question after the interest statement, or a statement of
/// interest just before the next-steps question.
/// </summary>
public sealed class CL0009HalfAskCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [CL0009HalfAskAnalyzer.DiagnosticId];

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document;
        var present = document.FindSentence(context.Diagnostic.Location.SourceSpan.Start);
        if (present is null || !context.Diagnostic.Properties.TryGetValue(CL0009HalfAskAnalyzer.MissingProperty, out var missing)) return Task.CompletedTask;
        var (line, change) = missing == "interest"
            ? (SuggestedLines.Interest, ScriptEdits.InsertBefore(present, SuggestedLines.Interest))
            : (SuggestedLines.NextSteps, ScriptEdits.InsertAfter(present.Span.End, SuggestedLines.NextSteps));
        context.RegisterCodeFix(CodeAction.Create($"Add '{line}'", change, nameof(CL0009HalfAskCodeFix)));
        return Task.CompletedTask;
    }
}
