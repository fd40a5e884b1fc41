using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.Syntax;
using CloseLint.Text;
using Shouldly;

namespace CloseLint.Core.Tests.Analysis;

/// <summary>A long document runs its sentence-local actions on all cores, with the same findings as one by one.</summary>
public sealed class ParallelSentenceActionTests
{
    // 600 sentences over 120 paragraphs, CRLF, emoji and non-ASCII names; "boom" in every seventh sentence.
    private static readonly string LongScript = string.Join("\r\n\r\n", Enumerable.Range(0, 120).Select(p => string.Join(" ",
        Enumerable.Range(0, 5).Select(s => (p * 5 + s) % 7 == 0 ? $"Zoë said boom 🙂 at stop {p}.{s}." : $"Line {p}.{s} of the script, José."))));

    private static string Describe(AnalysisResult result) => string.Join("\n", result.Diagnostics.Select(d =>
        $"{d.Id} {d.Location.SourceSpan} {d.Severity} {d.GetMessage()}"));

    [Fact]
    public void Findings_are_the_same_and_in_the_same_order_on_all_cores()
    {
        var document = ScriptDocument.Parse(LongScript, "long.md");
        document.Sentences.Length.ShouldBeGreaterThan(500);
        var oneByOne = new AnalyzerDriver([new LocalWordAnalyzer()], new OtherDetector()) { ParallelSentenceThreshold = int.MaxValue }.Analyze(document);
        var parallel = new AnalyzerDriver([new LocalWordAnalyzer()], new OtherDetector()) { ParallelSentenceThreshold = 40 }.Analyze(document);

        oneByOne.Diagnostics.Length.ShouldBeGreaterThan(80);
        Describe(parallel).ShouldBe(Describe(oneByOne));
    }

    [Fact]
    public void Findings_are_the_same_on_all_cores_with_a_result_cache_and_after_an_edit()
    {
        var document = ScriptDocument.Parse(LongScript, "long.md");
        var reference = new AnalyzerDriver([new LocalWordAnalyzer()], new OtherDetector()) { ParallelSentenceThreshold = int.MaxValue };
        var cached = new AnalyzerDriver([new LocalWordAnalyzer()], new OtherDetector(), new SentenceResultCache()) { ParallelSentenceThreshold = 40 };

        Describe(cached.Analyze(document)).ShouldBe(Describe(reference.Analyze(document)));
        var edited = document.WithChanges(new TextChange(new TextSpan(0, 3), "Boom"));
        Describe(cached.Analyze(edited)).ShouldBe(Describe(reference.Analyze(edited)));
    }

    [Fact]
    public void A_throwing_sentence_local_action_fails_the_same_way_on_all_cores()
    {
        var document = ScriptDocument.Parse(LongScript, "long.md");
        var oneByOne = new AnalyzerDriver([new ThrowsOnBoom()], new OtherDetector()) { ParallelSentenceThreshold = int.MaxValue }.Analyze(document);
        var parallel = new AnalyzerDriver([new ThrowsOnBoom()], new OtherDetector()) { ParallelSentenceThreshold = 40 }.Analyze(document);

        var failure = oneByOne.Diagnostics.ShouldHaveSingleItem();
        failure.GetMessage().ShouldContain("InvalidOperationException: boom");
        Describe(parallel).ShouldBe(Describe(oneByOne));
    }

    [Fact]
    public void A_cancelled_parallel_analysis_throws_OperationCanceledException()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var driver = new AnalyzerDriver([new LocalWordAnalyzer()], new OtherDetector()) { ParallelSentenceThreshold = 40 };
        Should.Throw<OperationCanceledException>(() => driver.Analyze(ScriptDocument.Parse(LongScript), null, cancelled.Token));
    }

    private sealed class ThrowsOnBoom : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("CL9992", "Throws", "never", "Test", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

        public override void Initialize(AnalysisContext context) => context.RegisterSentenceLocalAction(_ => 0, (c, _) =>
        {
            if (c.Sentence.Words.Any(w => w.Text == "boom")) throw new InvalidOperationException("boom");
        });
    }
}
