using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.Syntax;

namespace CloseLint.Core.Tests.Analysis;

/// <summary>
/// A sentence-local rule for the cache tests: reports the word the option <c>test_word</c> names (default "boom"),
/// with the sentence's intent in the message and a property; counts its runs.
/// </summary>
internal sealed class LocalWordAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("CL9993", "Word", "'{0}' in a sentence read as {1}", "Test", DiagnosticSeverity.Warning, true);

    private int _runs;

    public int Runs => Volatile.Read(ref _runs);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceLocalAction(
        options => options.TryGetValue("test_word", out var word) ? word : "boom",
        (c, word) =>
        {
            Interlocked.Increment(ref _runs);
            foreach (var token in c.Sentence.Words)
            {
                if (!token.Text.Equals(word, StringComparison.OrdinalIgnoreCase)) continue;
                var diagnostic = Diagnostic.Create(Rule, Location.Create(c.Document, token.Span),
                    ImmutableDictionary<string, string?>.Empty.Add("word", token.Text), token.Text, c.Intent.Label);
                c.ReportDiagnostic(c.Section.Kind == SectionKind.Ask ? diagnostic.WithSeverity(DiagnosticSeverity.Error) : diagnostic);
            }
        });
}
