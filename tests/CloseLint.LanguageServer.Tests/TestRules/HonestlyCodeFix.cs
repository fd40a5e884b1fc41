using System.Collections.Immutable;
using CloseLint.CodeFixes;
using CloseLint.Text;

namespace CloseLint.LanguageServer.Tests.TestRules;

/// <summary>Removes the word and the comma and space after it.</summary>
public sealed class HonestlyCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [HonestlyAnalyzer.DiagnosticId];

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var span = context.Diagnostic.Location.SourceSpan;
        var text = context.Document.Text;
        var end = span.End;
        if (end < text.Length && text[end] == ',') end++;
        if (end < text.Length && text[end] == ' ') end++;
        context.RegisterCodeFix(CodeAction.Create("Remove 'honestly'", TextChange.Delete(TextSpan.FromBounds(span.Start, end))));
        return Task.CompletedTask;
    }
}
