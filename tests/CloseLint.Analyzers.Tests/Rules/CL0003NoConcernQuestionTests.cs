using CloseLint.Analysis;
using CloseLint.Intent;
using CloseLint.Rules;
using CloseLint.Syntax;
using CloseLint.Testing;
using CloseLint.Text;
using Shouldly;
using Verify = CloseLint.Testing.CodeFixVerifier<CloseLint.Rules.CL0003NoConcernQuestionAnalyzer, CloseLint.Rules.CL0003NoConcernQuestionCodeFix>;

namespace CloseLint.Analyzers.Tests.Rules;

public sealed class CL0003NoConcernQuestionTests
{
    private const string Question = "Is there anything about my experience that would make you hesitate to move me forward?";

    [Fact]
    public Task Reports_a_script_without_a_concern_question_on_its_first_line() => Verify.DiagnosticsAsync(
        "[|Thanks for meeting me today.|]\nI've run the night shift on a surgical ward for five years.\nI'd love to join. What are the next steps?\n");

    [Fact]
    public Task Message_says_what_is_missing() => Verify.DiagnosticsAsync(
        "{|#0:I've run two depots for six years. What's next?|}",
        Verify.Diagnostic().WithLocation(0).WithMessage("The script never asks whether anything about your background or fit gives them pause"));

    [Theory]
    [InlineData("I've taught Year 4 for six years. Is there anything in my background that gives you pause? I'd love to join. What's next?")]
    [InlineData("Do you have any reservations about hiring me?")]
    [InlineData("Where do you think I fall short compared with the other candidates?")]
    [InlineData("I'd welcome your honest view on any gaps in my experience.")]
    [InlineData("Please tell me if anything about my application worries you.")]
    [InlineData("Is my lack of a forklift licence a problem for you?")]
    [InlineData("is there anything abt my cv ur not sure about")]
    [InlineData("Are there any aspects of my background or my fit for this position that create any concern for you?")]
    public Task Ignores_scripts_that_invite_a_concern(string script) => Verify.NoDiagnosticsAsync(script);

    [Theory]
    [InlineData("[|What concerns does the team have about the Q3 launch? I'd love to join.|]")]
    [InlineData("[|What keeps the department up at night? Any worries about the budget cuts?|]")]
    [InlineData("[|Is there anything else you'd like to know about me?|]")]
    [InlineData("[|Is there anything I can clarify about my résumé?|]")]
    [InlineData("[|My only hesitation was the commute, and you've answered that. I want this job.|]")]
    [InlineData("[|What tends to stop new hires from succeeding here?|]")]
    [InlineData("[|Now that I've answered all your questions, is there anything stopping you from offering me the job right now?|]")]
    public Task Reports_scripts_whose_only_concerns_are_not_about_the_candidate(string markup) => Verify.DiagnosticsAsync(markup);

    [Fact]
    public Task Reports_the_first_line_with_text_after_blank_lines() => Verify.DiagnosticsAsync(
        "\n\n   [|Thanks, Priya — lovely to meet you 😊|]  \nI'd love to join.");

    [Fact]
    public Task Reports_an_empty_script_at_its_start() => Verify.DiagnosticsAsync(string.Empty, Verify.Diagnostic().WithSpan(0, 0));

    [Fact]
    public Task Ignores_a_concern_question_in_a_worksheet_section() => new AnalyzerTest<CL0003NoConcernQuestionAnalyzer>
    {
        Markup = "## My concern question\n\nAnything you'd push back on?\n",
        Format = ScriptFormat.Markdown,
        FilePath = "/test/closing.md",
    }.RunAsync();

    [Fact]
    public Task Fix_adds_the_question_after_the_summary() => Verify.CodeFixAsync(
        "[|Thanks for today. To sum up, I've led a team of nine on commercial fit-outs. I'd love to join. What's the next step?|]",
        $"Thanks for today. To sum up, I've led a team of nine on commercial fit-outs. {Question} I'd love to join. What's the next step?");

    [Fact]
    public Task Fix_adds_the_question_before_the_ask_when_there_is_no_summary() => Verify.CodeFixAsync(
        "[|Thanks for your time.|]\nI'd love to join the team. When will you decide?\n",
        $"Thanks for your time.\n{Question} I'd love to join the team. When will you decide?\n");

    [Fact]
    public Task Fix_adds_a_paragraph_at_the_end_when_there_is_nothing_to_follow() => Verify.CodeFixAsync(
        "[|Thanks for your time.|]\r\nLovely to see the new wing.\r\n",
        $"Thanks for your time.\r\nLovely to see the new wing.\r\n\r\n{Question}\r\n");

    [Fact]
    public Task Fix_fills_an_empty_concern_section_of_a_worksheet() => new AnalyzerTest<CL0003NoConcernQuestionAnalyzer>
    {
        Markup = "[|## My summary|]\n\nSix years as a line cook, grill and fry.\n\n## My concern question\n\n## The ask\n\nI'd love to join. What's next?\n",
        Format = ScriptFormat.Markdown,
        FilePath = "/test/closing.md",
        CodeFix = new CL0003NoConcernQuestionCodeFix(),
        FixedText = $"## My summary\n\nSix years as a line cook, grill and fry.\n\n## My concern question\n\n{Question}\n\n## The ask\n\nI'd love to join. What's next?\n",
    }.RunAsync();

    [Fact]
    public Task Fix_gives_an_empty_script_a_question() => Verify.CodeFixAsync(string.Empty, Question, Verify.Diagnostic().WithSpan(0, 0));

    [Fact]
    public async Task Suggested_question_is_not_textbook_wording()
    {
        var driver = new AnalyzerDriver([new CL0007TextbookWordingAnalyzer(), new CL0003NoConcernQuestionAnalyzer()], LexicalIntentDetector.Instance);
        var result = await driver.AnalyzeAsync(ScriptDocument.Parse(SourceText.From(Question)), AnalyzerOptions.Empty);
        result.Diagnostics.ShouldBeEmpty();
    }
}
