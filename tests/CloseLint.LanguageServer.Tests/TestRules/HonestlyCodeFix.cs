using System.Collections.Immutable;
using CloseLint.CodeFixes;
using CloseLint.Text;

namespace CloseLint.LanguageServer.Tests.TestRules;

/// <summary>Removes the word and the space after it.</summary>
public sealed class HonestlyCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [HonestlyAnalyzer.DiagnosticId];

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var span = context.Diagnostic.Location.SourceSpan;
        var text = context.Document.Text;
        var end = span.End < text.Length && text[span.End] == ' ' ? span.End + 1 : span.End;
        context.RegisterCodeFix(CodeAction.Create("Remove 'honestly'", TextChange.Delete(TextSpan.FromBounds(span.Start, end))));
        return Task.CompletedTask;
    }
}
