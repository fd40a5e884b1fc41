using System.Collections.Immutable;
using CloseLint.CodeFixes;

namespace CloseLint.Rules;

/// <summary>Replaces a gimmick phrase with the phrase list's plain alternative, or removes it when the list says so.</summary>
public sealed class CL0002GimmickPhraseCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [CL0002GimmickPhraseAnalyzer.DiagnosticId];

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context) => PhraseEdits.RegisterFix(context);
}
