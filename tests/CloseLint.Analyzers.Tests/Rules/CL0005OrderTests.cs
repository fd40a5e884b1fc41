using CloseLint.Rules;
using Verify = CloseLint.Testing.AnalyzerVerifier<CloseLint.Rules.CL0005OrderAnalyzer>;

namespace CloseLint.Analyzers.Tests.Rules;

public sealed class CL0005OrderTests
{
    [Fact]
    public Task Reports_next_steps_asked_before_the_concern_question() => Verify.DiagnosticsAsync(
        "I've run a busy kitchen for six years. I'd love to join. {|#0:What are the next steps?|} Is there anything about my experience that worries you?",
        Verify.Diagnostic().WithLocation(0).WithMessage(CL0005OrderAnalyzer.AskBeforeConcernMessage));

    [Fact]
    public Task Reports_a_summary_after_the_ask() => Verify.DiagnosticsAsync(
        "Any doubts about my background? I'd love the job. What's the timeline? {|#0:I've also led two audits this year. I hold my ACCA too.|}",
        Verify.Diagnostic().WithLocation(0).WithMessage(CL0005OrderAnalyzer.SummaryAfterAskMessage));

    [Fact]
    public Task Reports_both_problems() => Verify.DiagnosticsAsync(
        "[|When will you decide?|] Any concerns about me? [|To recap, I've taught for six years.|]");

    [Theory]
    [InlineData("I've run a busy kitchen for six years. Is there anything about my experience that worries you? I'd love to join. What's next?")]
    [InlineData("I'm even more interested in this role now. Is there anything about my experience that worries you? What's next?")]
    [InlineData("What are the next steps?")]
    [InlineData("I've run a busy kitchen for six years. I'd love to join. What are the next steps?")]
    [InlineData("Any concerns about me? What are the next steps? Thanks again, it was lovely to meet you all.")]
    public Task Ignores_the_coaching_order_and_scripts_without_both_questions(string script) => Verify.NoDiagnosticsAsync(script);

    [Fact]
    public Task An_early_interest_statement_does_not_count_as_the_ask() => Verify.NoDiagnosticsAsync(
        "I want this job. I've run a busy kitchen for six years. Any doubts about me? What's next?");

    [Fact]
    public Task Next_steps_for_a_product_do_not_count_as_the_ask() => Verify.NoDiagnosticsAsync(
        "What are the next steps for the product roadmap? Is there anything about my background that worries you? When will you decide?");

    [Fact]
    public Task A_reply_after_the_interviewer_raises_a_doubt_is_not_a_late_summary() => Verify.NoDiagnosticsAsync(
        "ME: Any concerns about me? I'd love the job. What's next?\nTHEM: You haven't worked with children under five.\nME: I've run a toddler group for two years, actually.\n");
}
