using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.Intent;
using CloseLint.Speaking;
using CloseLint.Syntax;
using Shouldly;

namespace CloseLint.Analyzers.Tests;

public sealed class ScriptOutlineTests
{
    private const string ModelScript =
        "Thanks for having me today. To sum up, I've run a twelve-bed step-down unit for four years. " +
        "I've also trained most of our new graduates. Is there anything about my experience that worries you? " +
        "I'd love to join the team. What are the next steps?";

    [Fact]
    public void Finds_every_part_of_a_model_script()
    {
        var outline = Outline(ModelScript);
        Texts(outline.Summary).ShouldBe(["To sum up, I've run a twelve-bed step-down unit for four years.", "I've also trained most of our new graduates."]);
        outline.HasConcernQuestion.ShouldBeTrue();
        outline.AskParts.ShouldBe(AskParts.Both);
        outline.HasFullAsk.ShouldBeTrue();
        outline.AskBeforeConcern.ShouldBeFalse();
        outline.Gimmicks.ShouldBeEmpty();
    }

    [Fact]
    public void Summary_span_runs_from_the_first_to_the_last_summary_sentence()
    {
        var outline = Outline(ModelScript);
        var span = outline.SummarySpan.ShouldNotBeNull();
        ModelScript[span.Start..span.End].ShouldBe("To sum up, I've run a twelve-bed step-down unit for four years. I've also trained most of our new graduates.");
    }

    [Fact]
    public void Summary_stops_at_the_first_concern_or_next_steps_question()
    {
        var outline = Outline("I've coached under-12s for six years. Any doubts about me? I've also refereed county finals. What happens next?");
        Texts(outline.Summary).ShouldBe(["I've coached under-12s for six years."]);
    }

    [Fact]
    public void An_interest_statement_does_not_end_the_summary()
    {
        var outline = Outline("I'd love this job. I've run payroll for three sites. Any concerns about my background? What's next?");
        Texts(outline.Summary).ShouldBe(["I've run payroll for three sites."]);
    }

    [Fact]
    public void Summary_after_the_ask_is_reported_apart()
    {
        var outline = Outline("Any concerns about my background? I'd love the role. What are the next steps? I've also led two audits this year.");
        outline.Summary.ShouldBeEmpty();
        Texts(outline.SummaryAfterAsk).ShouldBe(["I've also led two audits this year."]);
    }

    [Fact]
    public void A_reply_to_the_interviewers_doubt_is_not_the_summary()
    {
        const string script = "THEM: We're a bit worried you've never worked nights.\nME: I covered nights for six months on placement.\n" +
            "ME: To recap, I've worked four years on a cardiac ward and I precept students.\nME: Is there anything else about me that gives you pause?\n";
        var outline = Outline(script);
        Texts(outline.Replies).ShouldBe(["I covered nights for six months on placement."]);
        Texts(outline.Summary).ShouldBe(["To recap, I've worked four years on a cardiac ward and I precept students."]);
    }

    [Fact]
    public void A_line_after_a_neutral_interviewer_line_can_be_the_summary()
    {
        const string script = "THEM: Any questions for us?\nME: First, to sum up, I've managed the night desk for three years.\n";
        Outline(script).Summary.Length.ShouldBe(1);
    }

    [Theory]
    [InlineData("I'd love to work here. Thanks again.", AskParts.Interest)]
    [InlineData("Thanks again. When will you decide?", AskParts.NextSteps)]
    [InlineData("Thanks again for your time.", AskParts.None)]
    [InlineData("I'm very keen on this job, so what's the timeline?", AskParts.Both)]
    public void Reads_which_halves_of_the_ask_are_there(string script, AskParts parts) => Outline(script).AskParts.ShouldBe(parts);

    [Fact]
    public void Reads_an_ask_said_after_the_concern_question_in_an_unpunctuated_run_on()
    {
        var outline = Outline("ok so ive done the grill 3 yrs is there anything about my experience that worries u i really want this job whats the next step");
        outline.HasConcernQuestion.ShouldBeTrue();
        outline.AskParts.ShouldBe(AskParts.Both);
        outline.AskBeforeConcern.ShouldBeFalse();
    }

    [Fact]
    public void Next_steps_mentioned_before_the_concern_question_are_not_an_ask() =>
        Outline("Before we get to next steps, is there anything about my experience that worries you?").AskParts.ShouldBe(AskParts.None);

    [Fact]
    public void Next_steps_said_as_a_statement_still_count()
    {
        var outline = Outline("I want this job. I'd love to hear about next steps.");
        outline.AskParts.ShouldBe(AskParts.Both);
        Texts(outline.NextStepQuestions).ShouldBe(["I'd love to hear about next steps."]);
    }

    [Fact]
    public void Splits_an_ask_a_model_labelled_without_lexical_cues_by_its_punctuation()
    {
        var document = ScriptDocument.Parse("Fingers crossed. Righto?");
        ImmutableArray<SentenceIntent> intents = [new(IntentLabel.Ask, 0.7f), new(IntentLabel.Ask, 0.7f)];
        var outline = ScriptOutline.Create(document, intents);
        outline.GetAskParts(document.Sentences[0]).ShouldBe(AskParts.Interest);
        outline.GetAskParts(document.Sentences[1]).ShouldBe(AskParts.NextSteps);
    }

    [Fact]
    public void Ask_before_concern_compares_the_first_next_steps_question_with_the_first_concern_question()
    {
        Outline("What are the next steps? Is there anything about my experience that worries you?").AskBeforeConcern.ShouldBeTrue();
        Outline("I'd love this job. Is there anything about my experience that worries you? What are the next steps?").AskBeforeConcern.ShouldBeFalse();
        Outline("What are the next steps?").AskBeforeConcern.ShouldBeFalse();
    }

    [Fact]
    public void Collects_gimmicks()
    {
        var outline = Outline("I've sold cars for ten years. So, when do I start?");
        Texts(outline.Gimmicks).ShouldBe(["So, when do I start?"]);
    }

    [Fact]
    public void Reads_a_markdown_worksheet_with_crlf_and_emoji()
    {
        const string script = "# Closing 🎓\r\n\r\n## My summary\r\n\r\nSix years teaching Year 5 in Łódź and Leeds, and I run the school's chess club 🏆.\r\n\r\n" +
            "## Concern question\r\n\r\nIs there anything in my background you're unsure about?\r\n\r\n## The ask\r\n\r\nI'd love to teach here. When will you decide?\r\n";
        var document = ScriptDocument.Parse(script, "/s/closing.md");
        var outline = ScriptOutline.Create(document, LexicalIntentDetector.Instance.Classify(document));
        Texts(outline.Summary).ShouldBe(["Six years teaching Year 5 in Łódź and Leeds, and I run the school's chess club 🏆."]);
        outline.HasConcernQuestion.ShouldBeTrue();
        outline.HasFullAsk.ShouldBeTrue();
        var span = outline.SummarySpan.ShouldNotBeNull();
        script[span.Start..span.End].ShouldEndWith("🏆.");
    }

    [Fact]
    public void Seconds_come_from_the_estimator()
    {
        var outline = Outline(ModelScript);
        var estimator = new SpeakingTimeEstimator(wordsPerMinute: 120, pauseSeconds: 0);
        outline.SummarySeconds(estimator).ShouldBe(outline.Summary.Sum(SpeakingTimeEstimator.SpokenWords) / 2.0, 1e-9);
        outline.SpeakingSeconds(estimator).ShouldBe(estimator.Seconds(outline.Document), 1e-9);
        outline.SummarySeconds(estimator).ShouldBeLessThan(outline.SpeakingSeconds(estimator));
    }

    [Fact]
    public void An_empty_script_has_no_parts()
    {
        var outline = Outline(string.Empty);
        outline.Summary.ShouldBeEmpty();
        outline.SummarySpan.ShouldBeNull();
        outline.AskParts.ShouldBe(AskParts.None);
        outline.HasConcernQuestion.ShouldBeFalse();
        outline.SummarySeconds(SpeakingTimeEstimator.Default).ShouldBe(0);
    }

    [Fact]
    public void Rejects_intents_that_do_not_match_the_sentences() =>
        Should.Throw<ArgumentException>(() => ScriptOutline.Create(ScriptDocument.Parse("One. Two."), [SentenceIntent.Other]));

    private static ScriptOutline Outline(string text)
    {
        var document = ScriptDocument.Parse(text, "/s/closing.txt");
        return ScriptOutline.Create(document, LexicalIntentDetector.Instance.Classify(document));
    }

    private static string[] Texts(ImmutableArray<SentenceSyntax> sentences) => [.. sentences.Select(s => s.NormalizedText)];
}
