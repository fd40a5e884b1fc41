using CloseLint.Analysis;
using CloseLint.Intent;
using CloseLint.Rules;
using CloseLint.Speaking;
using CloseLint.Syntax;
using CloseLint.Testing;
using Shouldly;
using Verify = CloseLint.Testing.AnalyzerVerifier<CloseLint.Rules.CL0001SummaryLengthAnalyzer>;

namespace CloseLint.Analyzers.Tests.Rules;

public sealed class CL0001SummaryLengthTests
{
    // 3 sentences, 79 words: 31.6 s at 150 wpm plus 3 pauses of 0.25 s = 32.35 s.
    private const string LongSummary =
        "To sum up, I have spent nine years as a staff nurse on a busy acute medical ward, the last three as the deputy sister running the night shift. " +
        "I look after the rota, I teach the student nurses on placement with us, and I have led our falls prevention work, which brought our monthly falls down by a third. " +
        "I am calm with anxious families, I write clear handovers, and I know the electronic records system inside out.";

    [Fact]
    public Task Reports_a_summary_over_thirty_seconds_with_the_estimate() => Verify.DiagnosticsAsync(
        "Thanks for seeing me. {|#0:" + LongSummary + "|} Is there anything about my experience that worries you?",
        Verify.Diagnostic().WithLocation(0).WithMessage("The summary takes about 32 seconds to say, 2 seconds over"));

    [Fact]
    public Task Ignores_a_summary_of_about_twenty_seconds() => Verify.NoDiagnosticsAsync(
        "To sum up, I've spent six years on a surgical ward and I run the night shift. I teach our students, and I led the work that cut our falls by a third. Any doubts about me?");

    [Fact]
    public Task Reports_a_thin_summary_as_information() => new AnalyzerTest<CL0001SummaryLengthAnalyzer>
    {
        Markup = "{|#0:I've driven buses for two years.|} What are the next steps?",
        Expected = [Verify.Diagnostic().WithLocation(0).WithMessage("The summary takes about 3 seconds to say, too thin to land (aim for at least 10 seconds)")],
    }.RunAsync();

    [Fact]
    public async Task Thin_summary_is_information_and_long_summary_is_a_warning()
    {
        var driver = new AnalyzerDriver([new CL0001SummaryLengthAnalyzer()], LexicalIntentDetector.Instance);
        var thin = await driver.AnalyzeAsync(ScriptDocument.Parse("I've driven buses for two years. What's next?"), AnalyzerOptions.Empty);
        var thick = await driver.AnalyzeAsync(ScriptDocument.Parse(LongSummary), AnalyzerOptions.Empty);
        thin.Diagnostics.Single().Severity.ShouldBe(DiagnosticSeverity.Info);
        thick.Diagnostics.Single().Severity.ShouldBe(DiagnosticSeverity.Warning);
    }

    [Fact]
    public Task Numbers_count_as_the_words_said_aloud() => new AnalyzerTest<CL0001SummaryLengthAnalyzer>
    {
        // 15 written words, but "$4,750,000" and "2019" are said as 7 and 3 words: 23 spoken words, 9.2 s + 0.25 s.
        Markup = "{|#0:To sum up, I managed a $4,750,000 budget and I have done it since 2019.|}",
        Options = AnalyzerOptions.Empty.WithValue(CL0001SummaryLengthAnalyzer.MaxSecondsOptionKey, "8").WithValue(CL0001SummaryLengthAnalyzer.MinSecondsOptionKey, "0"),
        Expected = [Verify.Diagnostic().WithLocation(0).WithArguments("9 seconds", "1 second over")],
    }.RunAsync();

    [Fact]
    public Task Says_just_over_when_the_overrun_rounds_away() => new AnalyzerTest<CL0001SummaryLengthAnalyzer>
    {
        // 79 words and 3 pauses: 32.35 s, 0.35 s over a 32-second limit.
        Markup = "{|#0:" + LongSummary + "|}",
        Options = AnalyzerOptions.Empty.WithValue(CL0001SummaryLengthAnalyzer.MaxSecondsOptionKey, "32"),
        Expected = [Verify.Diagnostic().WithLocation(0).WithMessage("The summary takes about 32 seconds to say, just over the 32-second limit")],
    }.RunAsync();

    [Fact]
    public Task Honours_the_configured_maximum() => new AnalyzerTest<CL0001SummaryLengthAnalyzer>
    {
        Markup = LongSummary,
        Options = AnalyzerOptions.Empty.WithValue(CL0001SummaryLengthAnalyzer.MaxSecondsOptionKey, "45"),
    }.RunAsync();

    [Fact]
    public Task Honours_the_configured_speaking_rate() => new AnalyzerTest<CL0001SummaryLengthAnalyzer>
    {
        Markup = "{|#0:" + LongSummary + "|}",
        Options = AnalyzerOptions.Empty.WithValue(SpeakingTimeEstimator.RateOptionKey, "100"),
        Expected = [Verify.Diagnostic().WithLocation(0).WithArguments("48 seconds", "18 seconds over")],
    }.RunAsync();

    [Fact]
    public Task A_minimum_of_zero_turns_the_thin_check_off() => new AnalyzerTest<CL0001SummaryLengthAnalyzer>
    {
        Markup = "I've driven buses for two years.",
        Options = AnalyzerOptions.Empty.WithValue(CL0001SummaryLengthAnalyzer.MinSecondsOptionKey, "0"),
    }.RunAsync();

    [Fact]
    public Task Only_the_summary_counts_not_thanks_or_questions() => Verify.NoDiagnosticsAsync(
        "Thank you so much for taking the time to walk me around the site this morning and for introducing me to everyone on the team, it was really kind of you. " +
        "To sum up, I've welded structural steel for eleven years and I hold my 6G ticket, and I've run a crew of four on refinery shutdowns. " +
        "Is there anything about my experience that gives you pause? I'd love to join. What are the next steps from your side, and when do you think you might decide?");

    [Fact]
    public Task Reports_a_long_summary_section_of_a_worksheet() => new AnalyzerTest<CL0001SummaryLengthAnalyzer>
    {
        Markup = "## My 30-second summary\r\n\r\n{|#0:" + LongSummary + "|}\r\n\r\n## Concern question\r\n\r\nAny doubts about me?\r\n",
        Format = ScriptFormat.Markdown,
        FilePath = "/test/closing.md",
        Expected = [Verify.Diagnostic().WithLocation(0).WithArguments("32 seconds", "2 seconds over")],
    }.RunAsync();

    [Fact]
    public Task Ignores_a_script_without_a_summary() => Verify.NoDiagnosticsAsync("Thanks for your time. What are the next steps?");
}
