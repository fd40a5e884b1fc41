using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.Syntax;
using CloseLint.Text;
using CsCheck;
using Shouldly;

namespace CloseLint.Core.Tests.Analysis;

/// <summary>A driver with a <see cref="SentenceResultCache"/> reuses sentence-local findings and must report exactly what a fresh analysis reports.</summary>
public sealed class SentenceResultCacheTests
{
    private const string Script = "It went boom. 🎉 José said boom too.\r\n\r\n# Ask\nBoom, what are the next steps?\n\nNothing here.";

    [Fact]
    public void An_edit_runs_the_action_only_on_the_sentences_it_touched_and_moves_the_other_findings()
    {
        var analyzer = new LocalWordAnalyzer();
        var cache = new SentenceResultCache();
        var driver = new AnalyzerDriver([analyzer], new OtherDetector(), cache);
        var document = ScriptDocument.Parse(Script, "script.txt");
        driver.Analyze(document);
        var runs = analyzer.Runs;
        runs.ShouldBe(document.Sentences.Length);

        var edited = document.WithChanges(TextChange.Insert(0, "Hello there. "));
        var result = driver.Analyze(edited);

        analyzer.Runs.ShouldBe(runs + 1); // the first paragraph's sentences, "Hello there. It went boom." and the rest, are text-equal but one is new
        cache.Hits.ShouldBeGreaterThanOrEqualTo(edited.Sentences.Length - 2);
        ShouldMatchFreshAnalysis(result, edited);
        result.Diagnostics.Select(d => edited.Text.ToString(d.Location.SourceSpan)).ShouldBe(["boom", "boom", "Boom"]);
    }

    [Fact]
    public void Findings_are_not_reused_when_the_options_state_or_the_intent_changes()
    {
        var analyzer = new LocalWordAnalyzer();
        var driver = new AnalyzerDriver([analyzer], new OtherDetector(), new SentenceResultCache());
        var document = ScriptDocument.Parse(Script, "script.txt");
        driver.Analyze(document);

        var options = AnalyzerOptions.Empty.WithValue("test_word", "here");
        var result = driver.Analyze(document, options);
        result.Diagnostics.Select(d => d.GetMessage()).ShouldBe(["'here' in a sentence read as Other"]);

        var concerned = new AnalyzerDriver([analyzer], new FixedDetector(new SentenceIntent(IntentLabel.Concern, 0.8f)), new SentenceResultCache());
        concerned.Analyze(document).Diagnostics.Select(d => d.GetMessage()).ShouldAllBe(m => m.EndsWith("read as Concern", StringComparison.Ordinal));
    }

    [Fact]
    public void Findings_outside_the_sentence_are_never_reused()
    {
        var analyzer = new OutsideAnalyzer();
        var cache = new SentenceResultCache();
        var driver = new AnalyzerDriver([analyzer], new OtherDetector(), cache);
        var document = ScriptDocument.Parse("One boom. Two.", "script.txt");
        driver.Analyze(document);
        var edited = document.WithChanges(TextChange.Insert(0, "Zero. "));

        var result = driver.Analyze(edited);

        result.Diagnostics.Single().Location.SourceSpan.ShouldBe(new TextSpan(edited.Text.Length - 1, 1));
        cache.Count.ShouldBe(2); // "Zero." and "Two.", never "One boom."
    }

    [Fact]
    public void Every_version_after_random_edits_gets_the_diagnostics_of_a_fresh_analysis()
    {
        string[] parts = ["boom", " ", "It went", " boom.", "?", "\n", "\r\n", "\n\n", "# Ask\n", "# Summary\n", "🎉", "José", "Dr. Boom", "<!-- x -->", "Summary: "];
        var piece = Gen.Int[0, parts.Length - 1].Select(i => parts[i]);
        var script = piece.Array[0, 30].Select(p => string.Concat(p));
        var edit = Gen.Select(Gen.Double[0, 1], Gen.Double[0, 0.2], piece.Array[0, 3].Select(p => string.Concat(p)));
        var driver = new AnalyzerDriver([new LocalWordAnalyzer()], new OtherDetector(), new SentenceResultCache(capacity: 64));
        Gen.Select(script, edit.Array[1, 6]).Sample((text, edits) =>
        {
            var document = ScriptDocument.Parse(text, "script.txt");
            driver.Analyze(document);
            foreach (var (start, length, newText) in edits)
            {
                var from = (int)(start * document.Text.Length);
                var span = TextSpan.FromBounds(from, Math.Min(document.Text.Length, from + (int)(length * document.Text.Length)));
                document = document.WithChanges(new TextChange(span, newText));
                ShouldMatchFreshAnalysis(driver.Analyze(document), document);
            }
        }, iter: 500, seed: "0N0XIzNsQ0O2");
    }

    private static void ShouldMatchFreshAnalysis(AnalysisResult actual, ScriptDocument document)
    {
        var fresh = ScriptDocument.Parse(document.Text.ToString(), document.FilePath, document.Format);
        var expected = new AnalyzerDriver([new LocalWordAnalyzer()], new OtherDetector()).Analyze(fresh);
        Describe(actual).ShouldBe(Describe(expected));
    }

    private static string[] Describe(AnalysisResult result) =>
        [.. result.Diagnostics.Select(d => $"{d.Id} {d.Location.SourceSpan} {d.Severity} {d.GetMessage()} {string.Join(",", d.Properties.Select(p => p.Key + "=" + p.Value))}")];

    /// <summary>Says every sentence has one intent.</summary>
    private sealed class FixedDetector(SentenceIntent intent) : ISentenceIntentDetector
    {
        public string Name => "fixed";

        public ImmutableArray<SentenceIntent> Classify(ScriptDocument document, CancellationToken cancellationToken = default) =>
            [.. document.Sentences.Select(_ => intent)];
    }

    /// <summary>Claims to be sentence-local but reports on the document's last character.</summary>
    private sealed class OutsideAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("CL9994", "Outside", "outside", "Test", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

        public override void Initialize(AnalysisContext context) => context.RegisterSentenceLocalAction(_ => 0, (c, _) =>
        {
            if (c.Sentence.Words.Any(w => w.Text == "boom")) c.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(c.Document, new TextSpan(c.Document.Text.Length - 1, 1))));
        });
    }
}
