using CloseLint.Testing;
using Verify = CloseLint.Testing.CodeFixVerifier<CloseLint.Rules.CL0004NoAskAnalyzer, CloseLint.Rules.CL0004NoAskCodeFix>;

namespace CloseLint.Analyzers.Tests.Rules;

public sealed class CL0004NoAskTests
{
    private const string Ask = "I'd really like this role. What does the rest of the process look like?";

    [Fact]
    public Task Reports_a_script_that_never_asks_for_the_job() => Verify.DiagnosticsAsync(
        "[|Thank you for your time.|]\nI've managed a busy pharmacy counter for four years.\nIs there anything about my experience that worries you?\n");

    [Fact]
    public Task Message_says_what_is_missing() => Verify.DiagnosticsAsync(
        "{|#0:Thanks again.|}", Verify.Diagnostic().WithLocation(0).WithMessage("The script never says you want this job or asks about next steps"));

    [Theory]
    [InlineData("I want this job.")]
    [InlineData("I'd love to join your team.")]
    [InlineData("What are the next steps?")]
    [InlineData("Could you tell me when you expect to decide?")]
    [InlineData("I'd love to hear about next steps.")]
    [InlineData("Any reservations about me? I'm very keen, so what's the timeline?")]
    public Task Ignores_scripts_with_either_half_of_the_ask(string script) => Verify.NoDiagnosticsAsync(script);

    [Theory]
    [InlineData("[|What are the next steps for the product roadmap?|]")]
    [InlineData("[|I'm very interested in the accessibility work you're doing.|]")]
    [InlineData("[|If I were to join, what would the first week look like?|]")]
    [InlineData("[|Thank you for considering my application. I'll send a thank-you note tonight.|]")]
    [InlineData("[|When is the renovation of the east wing due to finish?|]")]
    [InlineData("[|So, when do I start?|]")]
    public Task Reports_scripts_whose_only_next_steps_or_interest_are_not_about_this_hire(string markup) => Verify.DiagnosticsAsync(markup);

    [Fact]
    public Task Fix_ends_the_script_with_an_ask() => Verify.CodeFixAsync(
        "[|Thanks for today. I've run payroll for three sites.|]\nIs there anything about my background that gives you pause?\n",
        $"Thanks for today. I've run payroll for three sites.\nIs there anything about my background that gives you pause?\n\n{Ask}\n");

    [Fact]
    public Task Fix_keeps_crlf_line_breaks() => Verify.CodeFixAsync(
        "[|Thanks, José.|]\r\nSix years in youth work 😊\r\n",
        $"Thanks, José.\r\nSix years in youth work 😊\r\n\r\n{Ask}\r\n");

    [Fact]
    public Task Fix_adds_a_final_paragraph_to_text_without_a_trailing_line_break() => Verify.CodeFixAsync(
        "[|Thanks for the tour.|]", $"Thanks for the tour.\n\n{Ask}");
}
