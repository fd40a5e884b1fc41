using CloseLint.Analysis;
using CloseLint.PhraseLists;
using CloseLint.Rules;
using CloseLint.Testing;
using Verify = CloseLint.Testing.CodeFixVerifier<CloseLint.Rules.CL0008HedgedAskAnalyzer, CloseLint.Rules.CL0008HedgedAskCodeFix>;

namespace CloseLint.Analyzers.Tests.Rules;

public sealed class CL0008HedgedAskTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("closelint-cl0008-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public Task Reports_hedge_inside_the_ask() => Verify.DiagnosticsAsync(
        "I'd love to join. [|I was just wondering if maybe|] we could talk about next steps?");

    [Theory]
    [InlineData("I want this role. [|Sorry to ask, but|] what are the next steps?")]
    [InlineData("Could you tell me the timeline for a decision, [|if it's not too much trouble|]?")]
    [InlineData("[|I hate to ask, but|] when do you expect to decide?")]
    [InlineData("[|I don't want to be pushy, but|] what are the next steps from here?")]
    [InlineData("[|I know you're busy, but|] when might I hear back about the role?")]
    [InlineData("[|This might be a silly question, but|] what does the rest of the hiring process look like?")]
    [InlineData("[|Just a quick question:|] what's the timeline for your decision?")]
    [InlineData("[|No pressure, but|] when do you think you'll make a decision?")]
    [InlineData("I'm [|kind of|] interested in moving forward with this position.")]
    [InlineData("[|I'm so sorry if this is too forward, but|] do you have any concerns about my experience?")]
    [InlineData("[|Would it be okay if I asked|] whether anything about my background concerns you?")]
    [InlineData("What are the next steps, [|if you don't mind me asking|]?")]
    public Task Reports_hedges_in_asks_and_concern_questions(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("I was just wondering if maybe the team uses Rust.")]
    [InlineData("Sorry to ask, but is there parking on site?")]
    [InlineData("Sorry I was a few minutes late this morning.")]
    [InlineData("If it's not too much trouble, I'll send my references tonight.")]
    [InlineData("What are the next steps?")]
    [InlineData("I'd love to join the team, and I'm excited about the role.")]
    [InlineData("Is there anything about my background that concerns you?")]
    [InlineData("I wonder whether the clinic plans to open on weekends.")]
    [InlineData("")]
    public Task Ignores_hedges_outside_asks_and_plain_asks(string text) => Verify.NoDiagnosticsAsync(text);

    [Fact]
    public Task Message_quotes_the_hedge_and_what_it_undercuts() => Verify.DiagnosticsAsync(
        "I want this role. {|#0:Sorry to ask, but|} what are the next steps?",
        Verify.Diagnostic().WithLocation(0).WithMessage("'Sorry to ask, but' undercuts your ask"));

    [Fact]
    public Task Message_says_question_for_a_concern_question() => Verify.DiagnosticsAsync(
        "{|#0:Sorry to ask, but|} is there anything about my background that concerns you?",
        Verify.Diagnostic().WithLocation(0).WithArguments("Sorry to ask, but", "question"));

    [Fact]
    public Task Reports_only_in_sentences_the_detector_reads_as_asks() =>
        new AnalyzerTest<CL0008HedgedAskAnalyzer>
        {
            Markup = "Sorry to ask, but could we grab coffee? [|Sorry to ask, but|] the badge question.",
            Detector = new KeywordIntentDetector("badge", IntentLabel.Ask, 0.9f),
        }.RunAsync();

    [Fact]
    public Task Reports_hedges_from_the_users_extra_list()
    {
        File.WriteAllText(Path.Combine(_folder, "hedges.tsv"), "hedge\tif you please\t-\n");
        return new AnalyzerTest<CL0008HedgedAskAnalyzer>
        {
            Markup = "What are the next steps, [|if you please|]?",
            Options = AnalyzerOptions.Empty.WithValue(PhraseListProvider.ExtraHedgePhrasesKey, "hedges.tsv", _folder),
            CodeFix = new CL0008HedgedAskCodeFix(),
            FixedText = "What are the next steps?",
        }.RunAsync();
    }

    [Fact]
    public Task Bad_user_hedge_list_is_a_CL9002_and_the_built_in_hedges_still_work()
    {
        File.WriteAllText(Path.Combine(_folder, "hedges.tsv"), "just one field\n");
        return new AnalyzerTest<CL0008HedgedAskAnalyzer>
        {
            Markup = "[|Sorry to ask, but|] what are the next steps?",
            Options = AnalyzerOptions.Empty.WithValue(PhraseListProvider.ExtraHedgePhrasesKey, "hedges.tsv", _folder),
            Expected = [new DiagnosticResult("CL9002") { Span = new(0, 0) }],
        }.RunAsync();
    }

    [Fact]
    public Task Fix_removes_the_hedge() => Verify.CodeFixAsync(
        "I want this role. [|Sorry to ask, but|] what are the next steps?",
        "I want this role. What are the next steps?");

    [Fact]
    public Task Fix_removes_a_trailing_hedge_with_its_comma() => Verify.CodeFixAsync(
        "Could you tell me the timeline for a decision, [|if it's not too much trouble|]?",
        "Could you tell me the timeline for a decision?");

    [Fact]
    public Task Fix_removes_a_hedge_between_commas() => Verify.CodeFixAsync(
        "Could you, [|if it's not too much trouble|], tell me the timeline for a decision?",
        "Could you tell me the timeline for a decision?");

    [Fact]
    public Task Fix_turns_wondering_into_a_direct_question() => Verify.CodeFixAsync(
        "I'd love to join. [|I was just wondering if maybe|] we could talk about next steps?",
        "I'd love to join. Could we talk about next steps?");

    [Fact]
    public Task Fix_removes_a_hedge_word_inside_the_sentence() => Verify.CodeFixAsync(
        "I'm [|kind of|] interested in moving forward with this position.",
        "I'm interested in moving forward with this position.");

    [Fact]
    public Task Fix_replaces_asking_for_permission_with_a_request() => Verify.CodeFixAsync(
        "[|Would it be okay if I asked|] whether anything about my background concerns you?",
        "Could you tell me whether anything about my background concerns you?");

    [Fact]
    public Task Fix_keeps_crlf_and_the_other_lines() => Verify.CodeFixAsync(
        "Thank you for today.\r\n[|No pressure, but|] when do you think you'll make a decision?\r\nBye!\r\n",
        "Thank you for today.\r\nWhen do you think you'll make a decision?\r\nBye!\r\n");

    [Fact]
    public Task Fix_handles_curly_apostrophes_and_emoji() => Verify.CodeFixAsync(
        "I’d love this job 🎉. [|I know you’re busy, but|] when might I hear back about the role?",
        "I’d love this job 🎉. When might I hear back about the role?");
}
