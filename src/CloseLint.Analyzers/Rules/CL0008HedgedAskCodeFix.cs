using System.Collections.Immutable;
using CloseLint.CodeFixes;

namespace CloseLint.Rules;

/// <summary>Removes a hedge from an ask (tidying the commas and the capital), or puts the list's plainer words in its place.</summary>
public sealed class CL0008HedgedAskCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [CL0008HedgedAskAnalyzer.DiagnosticId];

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context) => PhraseEdits.RegisterFix(context);
}
