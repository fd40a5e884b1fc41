using CloseLint.Analysis;
using CloseLint.Cli.Checking;
using CloseLint.Cli.Fixing;
using CloseLint.Cli.Reporting;
using CloseLint.Text;
using Shouldly;

namespace CloseLint.Cli.Tests.Units;

public sealed class ReportingTests
{
    private static readonly DiagnosticDescriptor Rule = new("CL0042", "Test rule", "{0}", DiagnosticCategories.Internal, DiagnosticSeverity.Warning, true);

    [Fact]
    public void Highlights_overlapping_findings_with_the_loudest_severity_and_numbers_them()
    {
        const string text = "I <really> want this job.";
        var warning = new Finding(Rule, DiagnosticSeverity.Warning, "w", default, 2, 8);
        var error = new Finding(Rule, DiagnosticSeverity.Error, "e", default, 5, 10);
        var numbers = new Dictionary<Finding, int>(ReferenceEqualityComparer.Instance) { [warning] = 1, [error] = 2 };

        var html = HtmlScriptRenderer.Render(text, [warning, error], numbers);

        html.ShouldBe("I <mark class=\"warning\" title=\"CL0042: w\">&lt;re</mark>"
            + "<mark class=\"error\" title=\"CL0042: w\nCL0042: e\">ally&gt;</mark>"
            + "<sup class=\"note warning\" title=\"CL0042: w\">1</sup>"
            + "<mark class=\"error\" title=\"CL0042: e\"> want</mark>"
            + "<sup class=\"note error\" title=\"CL0042: e\">2</sup> this job.");
    }

    [Theory]
    [InlineData("50% done, 100%", "50%25 done, 100%25")]
    [InlineData("two\r\nlines", "two%0D%0Alines")]
    public void Escapes_github_command_data(string value, string expected) => GitHubReportWriter.Data(value).ShouldBe(expected);

    [Fact]
    public void Escapes_github_command_properties() => GitHubReportWriter.Property("a: b, c").ShouldBe("a%3A b%2C c");

    [Theory]
    [InlineData("Ask without hedging", "AskWithoutHedging")]
    [InlineData("Salesy or gimmick phrase", "SalesyOrGimmickPhrase")]
    public void Names_sarif_rules_in_pascal_case(string title, string name) => SarifReportWriter.RuleName(title).ShouldBe(name);

    [Fact]
    public void Diffs_in_unified_format()
    {
        var diff = UnifiedDiff.Create("a.md", "one\ntwo\nthree\n", "one\n2\nthree\n");

        diff.ShouldBe("--- a/a.md\n+++ b/a.md\n@@ -1,3 +1,3 @@\n one\n-two\n+2\n three\n");
        UnifiedDiff.Create("a.md", "same", "same").ShouldBeEmpty();
    }

    [Fact]
    public void Counts_findings_by_severity_and_picks_the_exit_code()
    {
        var file = new Inputs.InputFile("a.md", "/tmp/a.md", Inputs.InputKind.Markdown);
        ScriptReport Report(params DiagnosticSeverity[] severities) => new(file, null, null, null, false, SourceText.From("x"),
            [.. severities.Select(s => new Finding(Rule, s, "m", default, 0, 0))], new ScriptFigures(1, 1, true, Intent.AskParts.Both, 0), null);

        var result = new BatchResult([Report(DiagnosticSeverity.Info, DiagnosticSeverity.Hidden), Report(DiagnosticSeverity.Warning)], [Rule], "lexical");

        (result.Errors, result.Warnings, result.Suggestions).ShouldBe((0, 1, 1));
        result.ExitCode(DiagnosticSeverity.Warning).ShouldBe(1);
        result.ExitCode(DiagnosticSeverity.Error).ShouldBe(0);
        result.ExitCode(null).ShouldBe(0);
    }
}
