using System.Collections.Immutable;
using CloseLint.CodeFixes;
using Humanizer;

namespace CloseLint.Rules;

/// <summary>Replaces a gimmick phrase with the phrase list's plain alternative, or removes it when the list says so.</summary>
public sealed class CL0002GimmickPhraseCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [CL0002GimmickPhraseAnalyzer.DiagnosticId];

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostic;
        if (!diagnostic.Properties.TryGetValue(CL0002GimmickPhraseAnalyzer.SuggestionProperty, out var suggestion) || suggestion is null)
            return Task.CompletedTask;
        var span = diagnostic.Location.SourceSpan;
        var sentence = context.Document.FindSentence(span.Start);
        if (sentence is null || !sentence.Span.Contains(span)) return Task.CompletedTask;

        var text = context.Document.Text;
        if (suggestion.Length == 0)
        {
            var phrase = string.Join(' ', text.ToString(span).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            context.RegisterCodeFix(CodeAction.Create($"Remove '{phrase.Truncate(40, "…")}'", PhraseEdits.Remove(text, sentence.Span, span),
                equivalenceKey: "CL0002.Remove"));
        }
        else
        {
            var change = PhraseEdits.Replace(text, sentence.Span, span, suggestion);
            context.RegisterCodeFix(CodeAction.Create($"Replace with '{change.NewText}'", change, equivalenceKey: "CL0002.Replace"));
        }

        return Task.CompletedTask;
    }
}
