using System.Collections.Immutable;
using CloseLint.CodeFixes;

namespace CloseLint.Rules;

/// <summary>Fixes CL0004 by ending the script with both halves of an ask, as a new paragraph.</summary>
public sealed class CL0004NoAskCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [CL0004NoAskAnalyzer.DiagnosticId];

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ask = SuggestedLines.Interest + " " + SuggestedLines.NextSteps;
        context.RegisterCodeFix(CodeAction.Create($"End with an ask: '{ask}'", ScriptEdits.AppendParagraph(context.Document, ask), nameof(CL0004NoAskCodeFix)));
        return Task.CompletedTask;
    }
}
