using Verify = CloseLint.Testing.AnalyzerVerifier<CloseLint.Rules.CL0010NoOrganizationFitAnalyzer>;

namespace CloseLint.Analyzers.Tests.Rules;

public sealed class CL0010NoOrganizationFitTests
{
    [Fact]
    public Task Reports_a_summary_of_qualifications_only() => Verify.DiagnosticsAsync(
        "Thanks for your time. {|#0:To sum up, I've run payroll for three sites for six years. I also trained two junior clerks.|} Any doubts about me?",
        Verify.Diagnostic().WithLocation(0).WithMessage("The summary lists your qualifications but never says why you fit this team or organization"));

    [Theory]
    [InlineData("To sum up, I've run payroll for six years, which sounds like exactly what your finance team needs. Any doubts about me?")]
    [InlineData("I've taught phonics for four years, and I think my calm classroom would suit the children you described. What's next?")]
    [InlineData("I've worked nights on a cardiac ward for five years. I'd bring that steadiness here. Any concerns about me?")]
    [InlineData("I've spent ten years in supply chain, and I share this company's focus on cutting waste. Any concerns?")]
    [InlineData("I've led two hospital fit-outs. I believe that experience fits where the firm is heading. Any doubts about me?")]
    public Task Ignores_a_summary_that_says_why_the_candidate_fits(string script) => Verify.NoDiagnosticsAsync(script);

    [Fact]
    public Task Thanks_do_not_count_as_fit() => Verify.DiagnosticsAsync(
        "[|I've driven HGVs for eight years with a clean record.|] Thank you for your time. Any concerns about me?");

    [Fact]
    public Task A_fit_remark_after_the_questions_does_not_count() => Verify.DiagnosticsAsync(
        "[|I've driven HGVs for eight years with a clean record.|] Any concerns about me? Your depot seems a great place to work.");

    [Fact]
    public Task Ignores_a_script_without_a_summary() => Verify.NoDiagnosticsAsync("Any concerns about me? What's next?");
}
