using CloseLint.Analysis;
using CloseLint.Syntax;
using Shouldly;

namespace CloseLint.Core.Tests.Analysis;

public sealed class AnalyzerDriverTests
{
    private static readonly AnalyzerDriver Driver = new([new BoomAnalyzer(), new ThrowingAnalyzer(), new OptInAnalyzer()], new OtherDetector());

    private static string[] Ids(string text, AnalyzerOptions? options = null) =>
        [.. Driver.Analyze(ScriptDocument.Parse(text), options).Diagnostics.Select(d => d.Id)];

    [Fact]
    public void A_throwing_analyzer_becomes_one_internal_diagnostic_and_the_others_still_run()
    {
        var result = Driver.Analyze(ScriptDocument.Parse("It went boom. Then boom."));
        result.Diagnostics.Select(d => d.Id).ShouldBe(["CL9001", "CL9990", "CL9990"]);
        result.Diagnostics[0].GetMessage().ShouldContain("ThrowingAnalyzer");
        result.Diagnostics[0].GetMessage().ShouldContain("kaput");
    }

    [Fact]
    public void Configured_severity_changes_or_drops_a_rule()
    {
        var options = AnalyzerOptions.Empty.WithSeverity("CL9990", ReportDiagnostic.Error).WithSeverity("CL9991", ReportDiagnostic.Suppress);
        var result = Driver.Analyze(ScriptDocument.Parse("boom."), options);
        result.Diagnostics.Single().Severity.ShouldBe(DiagnosticSeverity.Error);
        Ids("boom.", AnalyzerOptions.Empty.WithSeverity("CL9990", ReportDiagnostic.Suppress)).ShouldBe(["CL9001"]);
    }

    [Fact]
    public void A_rule_disabled_by_default_runs_only_when_configured()
    {
        Ids("hello.").ShouldNotContain("CL9992");
        Ids("hello.", AnalyzerOptions.Empty.WithSeverity("CL9992", ReportDiagnostic.Warn)).ShouldContain("CL9992");
    }

    [Fact]
    public void Inline_comments_suppress_by_id_by_range_and_for_the_next_line()
    {
        var options = AnalyzerOptions.Empty.WithSeverity("CL9991", ReportDiagnostic.Suppress);
        const string text = "boom.\n<!-- closelint-disable CL9990 -->\nboom.\n<!-- closelint-enable CL9990 -->\nboom.\n<!-- closelint-disable-next-line -->\nboom.\nboom.";
        var result = Driver.Analyze(ScriptDocument.Parse(text), options);
        result.Diagnostics.Select(d => result.Document.Text.GetLinePosition(d.Location.SourceSpan.Start).Line).ShouldBe([0, 4, 7]);
        result.SuppressedDiagnostics.Length.ShouldBe(2);
    }

    [Fact]
    public void Disable_without_id_covers_every_rule_until_enabled_again()
    {
        var options = AnalyzerOptions.Empty.WithSeverity("CL9991", ReportDiagnostic.Suppress);
        const string text = "<!-- closelint-disable -->\nboom.\n<!-- closelint-enable CL9990 -->\nboom.";
        Driver.Analyze(ScriptDocument.Parse(text), options).Diagnostics.Length.ShouldBe(1);
    }

    [Fact]
    public void Configuration_problems_are_reported_with_file_and_line()
    {
        var options = new AnalyzerOptions(AnalyzerOptions.Empty.Values, AnalyzerOptions.Empty.Severities,
            [new ConfigurationProblem("/x/.editorconfig", 3, "expected 'key = value'")]);
        var diagnostic = Driver.Analyze(ScriptDocument.Parse("hi."), options).Diagnostics.First(d => d.Id == "CL9002");
        diagnostic.GetMessage().ShouldBe("/x/.editorconfig(3): expected 'key = value'");
    }

    [Fact]
    public void A_cancelled_analysis_throws_OperationCanceledException()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Should.Throw<OperationCanceledException>(() => Driver.Analyze(ScriptDocument.Parse("boom."), null, cancelled.Token));
    }

    [Fact]
    public async Task Concurrent_analyses_give_the_same_results()
    {
        var documents = Enumerable.Range(0, 64).Select(i => ScriptDocument.Parse(string.Concat(Enumerable.Repeat("boom. ", i % 7)))).ToArray();
        var sequential = documents.Select(d => Driver.Analyze(d).Diagnostics.Length).ToArray();
        var parallel = await Task.WhenAll(documents.Select(d => Driver.AnalyzeAsync(d)));
        parallel.Select(r => r.Diagnostics.Length).ShouldBe(sequential);
    }

    [Fact]
    public void Reporting_an_unsupported_descriptor_is_an_analyzer_failure()
    {
        var driver = new AnalyzerDriver([new LyingAnalyzer()], new OtherDetector());
        driver.Analyze(ScriptDocument.Parse("hi.")).Diagnostics.Single().Id.ShouldBe("CL9001");
    }

    private sealed class LyingAnalyzer : DiagnosticAnalyzer
    {
        public override System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [BoomAnalyzer.Rule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterDocumentAction(c => c.ReportDiagnostic(Diagnostic.Create(ThrowingAnalyzer.Rule, Location.Create(c.Document, new(0, 0)))));
    }
}
