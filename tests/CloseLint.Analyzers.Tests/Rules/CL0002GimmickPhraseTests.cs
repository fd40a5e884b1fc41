using CloseLint.Analysis;
using CloseLint.Intent;
using CloseLint.PhraseLists;
using CloseLint.Rules;
using CloseLint.Syntax;
using CloseLint.Testing;
using Shouldly;
using Verify = CloseLint.Testing.CodeFixVerifier<CloseLint.Rules.CL0002GimmickPhraseAnalyzer, CloseLint.Rules.CL0002GimmickPhraseCodeFix>;

namespace CloseLint.Analyzers.Tests.Rules;

public sealed class CL0002GimmickPhraseTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("closelint-cl0002-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("[|So, when do I start|]?")]
    [InlineData("Thanks for today. [|When can I start|]?")]
    [InlineData("[|What would it take to hire me today|]?")]
    [InlineData("I have another [|offer expiring Friday, so you'd better|] decide fast.")]
    [InlineData("[|You won't find anyone better|] for this role.")]
    [InlineData("Honestly, [|let's close this deal|].")]
    [InlineData("[|I guarantee|] I'll cut your backlog in half.")]
    [InlineData("[|You'd be crazy not to hire me|].")]
    [InlineData("[|On a scale of one to ten|], how ready are you to bring me on?")]
    [InlineData("I'd happily [|work the first week for free|] to prove myself.")]
    [InlineData("[|I really need this job|], [|my rent is due|] on the first.")]
    [InlineData("[|If I answer every concern, do we|] have a deal?")]
    [InlineData("[|Someone as sharp as you can surely see|] I'm the right fit.")]
    [InlineData("[|You'll regret it if you pass|] on me.")]
    [InlineData("[|Is there anything stopping you from offering me the job today|]?")]
    [InlineData("[|I need an answer by Friday|], [|or I'll take the other offer|].")]
    [InlineData("[|I'm the perfect candidate for this role|], full stop.")]
    [InlineData("Hiring me is [|the best decision you'll ever make|].")]
    [InlineData("[|Did I get the job|]?")]
    [InlineData("[|Are you ready to make me an offer|]?")]
    [InlineData("[|Wouldn't you agree that I'm|] the strongest fit?")]
    [InlineData("[|Where do I sign|]?")]
    [InlineData("[|You won't regret hiring me|].")]
    [InlineData("[|Let's shake on it|].")]
    [InlineData("honestly [|im the best charge nurse youll ever work with|]")]
    [InlineData("[|I'll guarantee you|] my numbers will go up.")]
    [InlineData("[|Any hospital would be lucky to have me|].")]
    [InlineData("[|u wont find anybody as hardworking|] tbh")]
    [InlineData("[|It's your loss|] if you pass.")]
    [InlineData("[|Would starting on the 3rd or the 10th suit you better|]?")]
    [InlineData("[|When would you like me to start|]?")]
    [InlineData("[|Am I your top candidate|]?")]
    [InlineData("[|I'd rate myself a ten out of ten|] on reliability.")]
    [InlineData("Trust me, [|nobody on that crew works harder than me|].")]
    [InlineData("[|I'm in high demand|] right now.")]
    [InlineData("[|I'm desperate|], please.")]
    [InlineData("I'd start tomorrow and [|work the weekend shifts for no pay|].")]
    [InlineData("[|Have I convinced you|]?")]
    public Task Reports_gimmick_phrases(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("As an account executive, I closed deals worth up to $1.2M every quarter.")]
    [InlineData("In my last job I helped close the deal with our biggest hospital client.")]
    [InlineData("I imagine the team gets crazy busy before the holidays.")]
    [InlineData("Moving the rota to a shared calendar sounds like a no-brainer.")]
    [InlineData("Guaranteed overtime was one of the things I liked about the posting.")]
    [InlineData("I promise to keep my answers shorter this time.")]
    [InlineData("When does the morning shift usually start?")]
    [InlineData("I'm confident I could hit the ground running, given my years on the same system.")]
    [InlineData("I'd love to join the team. What are the next steps?")]
    [InlineData("I have another offer I need to answer by the 20th, so could you share your timeline?")]
    [InlineData("I'd like to be the person you hire for this.")]
    [InlineData("Is there anything about my background that gives you pause?")]
    [InlineData("I won't find a better team than this one, honestly.")]
    [InlineData("Could we talk about a start date once you've made your decision?")]
    [InlineData("What is the deal with the parking situation here?")]
    [InlineData("I was the best man at my brother's wedding last spring.")]
    [InlineData("We ran a free trial of the software before rolling it out.")]
    [InlineData("Nobody warned me the commute would be this long.")]
    [InlineData("Ten out of ten would recommend the onboarding.")]
    [InlineData("Nurses are in high demand across the region.")]
    [InlineData("How do I compare with the strongest candidate you've seen so far?")]
    [InlineData("If we ship early, will you hire more testers?")]
    [InlineData("She was the best manager I've ever had.")]
    [InlineData("I'll send my references tonight, you have my word.")]
    [InlineData("")]
    public Task Ignores_ordinary_sentences_and_near_misses(string text) => Verify.NoDiagnosticsAsync(text);

    [Fact]
    public Task Ignores_phrases_in_quotation_marks() => Verify.NoDiagnosticsAsync(
        "My old sales manager opened every call with \"let's close this deal\" and I never liked it.");

    [Fact]
    public Task Ignores_phrases_in_curly_quotation_marks() => Verify.NoDiagnosticsAsync(
        "Our team joke was “when do I start” whenever someone new joined.");

    [Fact]
    public Task Message_names_the_phrase_and_its_category() => Verify.DiagnosticsAsync(
        "Great talking with you. {|#0:So, when do I start|}?",
        Verify.Diagnostic().WithLocation(0).WithMessage("'So, when do I start' comes across as an assumptive close"));

    [Fact]
    public Task Message_collapses_a_line_break_inside_the_phrase() => Verify.DiagnosticsAsync(
        "Thanks so much.\r\n{|#0:You won't find\r\nanyone better|}.\r\n",
        Verify.Diagnostic().WithLocation(0).WithArguments("You won't find anyone better", "over-the-top self-praise"));

    [Fact]
    public Task Reports_curly_apostrophes_emoji_and_non_ascii_text() => Verify.DiagnosticsAsync(
        "José here 🎓, thank you! [|You’d be crazy not to hire me|] 😊.");

    [Fact]
    public Task Reports_in_markdown_sections() => AnalyzerVerifier<CL0002GimmickPhraseAnalyzer>.MarkdownDiagnosticsAsync(
        "## My ask\n\nI'm excited about this role. [|What time should I show up on Monday|]?\n");

    [Fact]
    public Task Ignores_markdown_code_and_comments() => AnalyzerVerifier<CL0002GimmickPhraseAnalyzer>.MarkdownDiagnosticsAsync(
        "I'd love to join.\n\n`when do I start`\n\n<!-- let's close this deal -->\n");

    [Fact]
    public Task Ignores_a_quoted_phrase_even_when_the_detector_calls_the_sentence_a_gimmick() =>
        new AnalyzerTest<CL0002GimmickPhraseAnalyzer>
        {
            Markup = "My first boss ended every call with \"so, when do I start\" as a joke.",
            Detector = new KeywordIntentDetector("boss", IntentLabel.Gimmick, 0.99f),
        }.RunAsync();

    [Fact]
    public async Task Catastrophic_user_pattern_finishes_fast_without_backtracking()
    {
        File.WriteAllText(Path.Combine(_folder, "evil.tsv"), "pressure\t/(a+)+$/\n");
        var text = "I want this job " + new string('a', 100_000) + "b.";
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = await AnalyzeWithExtraListAsync(text, "evil.tsv").WaitAsync(TimeSpan.FromSeconds(60));
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20));
        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public Task Reports_a_sentence_the_detector_is_sure_is_a_gimmick_when_no_phrase_matches() =>
        new AnalyzerTest<CL0002GimmickPhraseAnalyzer>
        {
            Markup = "Thanks. {|#0:Let me just leave my badge photo with reception|}.",
            Detector = new KeywordIntentDetector("badge", IntentLabel.Gimmick, 0.95f),
            Expected = [Verify.Diagnostic().WithLocation(0).WithArguments("Let me just leave my badge photo with reception.", "a sales gimmick")],
        }.RunAsync();

    [Fact]
    public Task Ignores_a_gimmick_sentence_below_the_confidence_threshold() =>
        new AnalyzerTest<CL0002GimmickPhraseAnalyzer>
        {
            Markup = "Let me just leave my badge photo with reception.",
            Detector = new KeywordIntentDetector("badge", IntentLabel.Gimmick, 0.6f),
        }.RunAsync();

    [Fact]
    public Task Threshold_option_turns_sentence_reports_off() =>
        new AnalyzerTest<CL0002GimmickPhraseAnalyzer>
        {
            Markup = "Let me just leave my badge photo with reception.",
            Detector = new KeywordIntentDetector("badge", IntentLabel.Gimmick, 0.99f),
            Options = AnalyzerOptions.Empty.WithValue(CL0002GimmickPhraseAnalyzer.SentenceConfidenceKey, "1.1"),
        }.RunAsync();

    [Fact]
    public Task Reports_phrases_not_the_sentence_when_both_apply() =>
        new AnalyzerTest<CL0002GimmickPhraseAnalyzer>
        {
            Markup = "Shall I bring my badge photo, or [|when do I start|]?",
            Detector = new KeywordIntentDetector("badge", IntentLabel.Gimmick, 0.99f),
        }.RunAsync();

    [Fact]
    public Task Reports_phrases_from_the_users_extra_list()
    {
        File.WriteAllText(Path.Combine(_folder, "extra.tsv"), "pressure\tpinky promise\tI'm confident\n");
        return new AnalyzerTest<CL0002GimmickPhraseAnalyzer>
        {
            Markup = "I {|#0:pinky promise|} I'll be great.",
            Options = AnalyzerOptions.Empty.WithValue(PhraseListProvider.ExtraGimmickPhrasesKey, "extra.tsv", _folder),
            Expected = [Verify.Diagnostic().WithLocation(0).WithArguments("pinky promise", "pressure to decide now")],
        }.RunAsync();
    }

    [Fact]
    public Task Bad_user_list_reports_CL9002_with_file_and_line_and_built_in_phrases_still_work()
    {
        var path = Path.Combine(_folder, "bad.tsv");
        File.WriteAllText(path, "# mine\nself-praise\t/(unclosed/\n");
        return new AnalyzerTest<CL0002GimmickPhraseAnalyzer>
        {
            Markup = "[|So when do I start|]?",
            Options = AnalyzerOptions.Empty.WithValue(PhraseListProvider.ExtraGimmickPhrasesKey, "bad.tsv", _folder),
            Expected = [new DiagnosticResult("CL9002") { Span = new(0, 0), Message = null }],
        }.RunAsync();
    }

    private Task<AnalysisResult> AnalyzeWithExtraListAsync(string text, string listPath) =>
        new AnalyzerDriver([new CL0002GimmickPhraseAnalyzer()], LexicalIntentDetector.Instance).AnalyzeAsync(
            ScriptDocument.Parse(text), AnalyzerOptions.Empty.WithValue(PhraseListProvider.ExtraGimmickPhrasesKey, listPath, _folder));

    [Fact]
    public async Task Bad_user_list_message_names_the_file_and_line()
    {
        var path = Path.Combine(_folder, "bad.tsv");
        File.WriteAllText(path, "# mine\nself-praise\t/(unclosed/\n");
        var result = await AnalyzeWithExtraListAsync("Thanks.", "bad.tsv");
        result.Diagnostics.ShouldHaveSingleItem().GetMessage().ShouldStartWith($"{path}(2): the pattern '/(unclosed/' is not valid");
    }

    [Fact]
    public async Task Missing_user_list_is_reported_once_per_document()
    {
        var result = await AnalyzeWithExtraListAsync("Thanks. So when do I start? Bye.", "missing.tsv");
        result.Diagnostics.Select(d => d.Id).ShouldBe(["CL9002", "CL0002"]);
        result.Diagnostics[0].GetMessage().ShouldContain("missing.tsv");
        result.Diagnostics[0].GetMessage().ShouldContain("not found");
    }

    [Fact]
    public Task Fix_replaces_an_assumptive_close_with_a_next_steps_question() => Verify.CodeFixAsync(
        "[|So, when do I start|]?",
        "What are the next steps?");

    [Fact]
    public Task Fix_keeps_the_rest_of_the_text_and_crlf() => Verify.CodeFixAsync(
        "Thanks again for your time.\r\n[|When can I start|]?\r\n",
        "Thanks again for your time.\r\nWhat are the next steps?\r\n");

    [Fact]
    public Task Fix_lowercases_a_suggestion_inside_a_sentence() => Verify.CodeFixAsync(
        "I've really enjoyed this, and [|did I get the job|]?",
        "I've really enjoyed this, and what are the next steps?");

    [Fact]
    public Task Fix_turns_a_guarantee_into_confidence() => Verify.CodeFixAsync(
        "[|I guarantee|] I'll cut your backlog in half.",
        "I'm confident I'll cut your backlog in half.");

    [Fact]
    public Task Fix_turns_a_pushy_close_into_a_concern_question() => Verify.CodeFixAsync(
        "[|Is there anything stopping you from offering me the job today|]?",
        "Is there anything about my background that gives you pause?");

    [Fact]
    public Task No_fix_where_the_list_has_no_plain_alternative() => Verify.CodeFixAsync(
        "[|You'd be crazy not to hire me|].",
        "You'd be crazy not to hire me.");

    [Fact]
    public Task Fix_removes_a_phrase_the_users_list_marks_for_removal()
    {
        File.WriteAllText(Path.Combine(_folder, "extra.tsv"), "pressure\ttrust me,\t-\n");
        return new AnalyzerTest<CL0002GimmickPhraseAnalyzer>
        {
            Markup = "I'd love to join. [|Trust me,|] you will like my work.",
            Options = AnalyzerOptions.Empty.WithValue(PhraseListProvider.ExtraGimmickPhrasesKey, "extra.tsv", _folder),
            CodeFix = new CL0002GimmickPhraseCodeFix(),
            FixedText = "I'd love to join. You will like my work.",
        }.RunAsync();
    }

    [Theory]
    [InlineData("assumptive-close", "an assumptive close")]
    [InlineData("self-praise", "over-the-top self-praise")]
    [InlineData("My_Own-Category", "my own category")]
    public void Categories_read_as_words(string category, string expected) =>
        CL0002GimmickPhraseAnalyzer.DescribeCategory(category).ShouldBe(expected);
}
