using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.CodeFixes;
using CloseLint.Testing;
using CloseLint.Text;
using Shouldly;

namespace CloseLint.Analyzers.Tests.Testing;

/// <summary>The verifier must catch every kind of mismatch, or rule tests prove nothing.</summary>
public sealed class VerifierTests
{
    [Fact]
    public Task Accepts_exact_spans() => AnalyzerVerifier<WordAnalyzer>.DiagnosticsAsync("Please [|boom|] now, [|boom|].");

    [Fact]
    public async Task Rejects_a_missing_diagnostic()
    {
        var ex = await Should.ThrowAsync<VerifierException>(() => AnalyzerVerifier<WordAnalyzer>.DiagnosticsAsync("[|boom|] and boom."));
        ex.Message.ShouldContain("Actual (2)");
    }

    [Fact]
    public Task Rejects_a_wrong_span() =>
        Should.ThrowAsync<VerifierException>(() => AnalyzerVerifier<WordAnalyzer>.DiagnosticsAsync("[|boo|]m."));

    [Fact]
    public Task Rejects_an_unexpected_diagnostic() =>
        Should.ThrowAsync<VerifierException>(() => AnalyzerVerifier<WordAnalyzer>.NoDiagnosticsAsync("boom."));

    [Fact]
    public Task Checks_message_arguments() => Should.ThrowAsync<VerifierException>(() =>
        AnalyzerVerifier<WordAnalyzer>.DiagnosticsAsync("{|#0:boom|}.", AnalyzerVerifier<WordAnalyzer>.Diagnostic().WithLocation(0).WithArguments("bang")));

    [Fact]
    public Task Accepts_matching_arguments() =>
        AnalyzerVerifier<WordAnalyzer>.DiagnosticsAsync("{|#0:boom|}.", AnalyzerVerifier<WordAnalyzer>.Diagnostic().WithLocation(0).WithArguments("boom"));

    [Fact]
    public Task Applies_fixes_until_done() =>
        CodeFixVerifier<WordAnalyzer, WordFix>.CodeFixAsync("[|boom|] and [|boom|].", "bang and bang.");

    [Fact]
    public Task Rejects_a_wrong_fix() => Should.ThrowAsync<VerifierException>(() =>
        CodeFixVerifier<WordAnalyzer, WordFix>.CodeFixAsync("[|boom|].", "boom."));

    [Fact]
    public void Parses_nested_and_named_markup()
    {
        var marked = TestFileMarkupParser.Parse("a {|CL0002:b [|c|]|} $$d");
        marked.Text.ShouldBe("a b c d");
        marked.Caret.ShouldBe(6);
        marked.Spans.Select(s => (s.Span.Start, s.Span.End, s.Name)).ShouldBe([(2, 5, "CL0002"), (4, 5, null)]);
    }

    public sealed class WordAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = new("CL9990", "Test", "'{0}' found", "Test", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

        public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(c =>
        {
            foreach (var word in c.Sentence.Words)
                if (word.Text == "boom") c.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(c.Document, word.Span), word.Text));
        });
    }

    public sealed class WordFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ["CL9990"];

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            context.RegisterCodeFix(CodeAction.Create("Say bang", new TextChange(context.Diagnostic.Location.SourceSpan, "bang")));
            return Task.CompletedTask;
        }
    }
}
