using CloseLint.Testing;
using Verify = CloseLint.Testing.CodeFixVerifier<CloseLint.Rules.CL0009HalfAskAnalyzer, CloseLint.Rules.CL0009HalfAskCodeFix>;

namespace CloseLint.Analyzers.Tests.Rules;

public sealed class CL0009HalfAskTests
{
    [Fact]
    public Task Reports_interest_without_a_next_steps_question() => Verify.DiagnosticsAsync(
        "Is there anything about my background that worries you? {|#0:I'd love to join the team.|} Thanks again.",
        Verify.Diagnostic().WithLocation(0).WithMessage("Half an ask: you say you want this job but never ask about next steps"));

    [Fact]
    public Task Reports_a_next_steps_question_without_interest() => Verify.DiagnosticsAsync(
        "Thanks for your time. {|#0:When do you expect to make a decision?|}",
        Verify.Diagnostic().WithLocation(0).WithArguments("ask about next steps", "say you want this job"));

    [Theory]
    [InlineData("I want this job. What are the next steps?")]
    [InlineData("I'm really keen on this role, so what's the timeline?")]
    [InlineData("I'd love to join. I'd love to hear about next steps.")]
    [InlineData("Thanks for your time.")]
    [InlineData("")]
    public Task Ignores_full_asks_and_scripts_with_no_ask(string script) => Verify.NoDiagnosticsAsync(script);

    [Theory]
    [InlineData("[|I'd love to join the team.|] What's the timeline for the product launch?")]
    [InlineData("[|I want this job.|] So, when do I start?")]
    [InlineData("[|I'm very interested in this position.|] What would my first week look like?")]
    [InlineData("I'm interested in the work you're doing on dementia care. [|What are the next steps?|]")]
    public Task Reports_when_the_other_half_is_only_a_near_miss(string markup) => Verify.DiagnosticsAsync(markup);

    [Fact]
    public Task Reports_only_the_first_half_present() => Verify.DiagnosticsAsync(
        "[|I'd love to join.|] I really want this role.");

    [Fact]
    public Task Fix_adds_a_next_steps_question_after_the_interest() => Verify.CodeFixAsync(
        "Any doubts about me? [|I'd love to join the team.|] Thanks again!",
        "Any doubts about me? I'd love to join the team. What does the rest of the process look like? Thanks again!");

    [Fact]
    public Task Fix_adds_interest_before_the_next_steps_question() => Verify.CodeFixAsync(
        "Thanks for your time.\r\n[|When will you decide?|]\r\n",
        "Thanks for your time.\r\nI'd really like this role. When will you decide?\r\n");
}
