using CloseLint.Rules;
using CloseLint.Syntax;
using CloseLint.Testing;
using Verify = CloseLint.Testing.AnalyzerVerifier<CloseLint.Rules.CL0006NoSummaryAnalyzer>;

namespace CloseLint.Analyzers.Tests.Rules;

public sealed class CL0006NoSummaryTests
{
    [Fact]
    public Task Reports_a_script_that_goes_straight_to_the_questions() => Verify.DiagnosticsAsync(
        "{|#0:Thanks for having me.|}\nIs there anything about my background that gives you pause?\nI'd love to join. What's next?\n",
        Verify.Diagnostic().WithLocation(0).WithMessage("No summary of your qualifications and fit before your questions"));

    [Theory]
    [InlineData("To sum up, I've run a busy dental front desk for five years. Any doubts about me?")]
    [InlineData("I've taught Year 6 for four years and I lead maths across the school. What are the next steps?")]
    [InlineData("I hold my HGV licence and I've driven for a supermarket chain for six years.")]
    public Task Ignores_a_script_that_sums_up_first(string script) => Verify.NoDiagnosticsAsync(script);

    [Fact]
    public Task Reports_a_summary_said_only_after_the_concern_question() => Verify.DiagnosticsAsync(
        "[|Any reservations about me? I've managed a warehouse team of twenty for three years. I'd love to join.|]");

    [Fact]
    public Task Leaves_a_summary_after_the_ask_to_CL0005() => Verify.NoDiagnosticsAsync(
        "Any reservations about me? What are the next steps? I've managed a warehouse team of twenty for three years.");

    [Theory]
    [InlineData("[|I've been a customer of yours for years. What's next?|]")]
    [InlineData("[|I grew up near the depot, so I know the area well. Any concerns about me?|]")]
    [InlineData("[|Thanks so much for your time today!|]")]
    public Task Small_talk_is_not_a_summary(string markup) => Verify.DiagnosticsAsync(markup);

    [Fact]
    public Task Reads_a_worksheet_summary_section() => new AnalyzerTest<CL0006NoSummaryAnalyzer>
    {
        Markup = "## Why me\n\nCalm under pressure, good with anxious families.\n\n## Concern question\n\nAnything you'd push back on?\n",
        Format = ScriptFormat.Markdown,
        FilePath = "/test/closing.md",
    }.RunAsync();
}
