using CloseLint.Analysis;
using CloseLint.Syntax;
using Shouldly;

namespace CloseLint.Intent.Tests;

public sealed class BatchClassificationTests
{
    private const string Script =
        "Thank you so much for your time today, José. 😀\r\n" +
        "I've spent eight years running night shifts on a busy surgical ward, and I've trained most of our new starters.\r\n" +
        "\r\n" +
        "Is there anything about my experience that makes you hesitate to hire me?\r\n" +
        "I'd really like this job, so what are the next steps from here?\r\n";

    [Fact]
    public void Classifies_every_sentence_of_a_document_in_order()
    {
        var document = ScriptDocument.Parse(Script);

        var intents = SharedModel.Detector.Classify(document);

        intents.Length.ShouldBe(document.Sentences.Length);
        intents.Select(i => i.Label).ShouldBe([IntentLabel.Other, IntentLabel.Summary, IntentLabel.Concern, IntentLabel.Ask]);
        intents.ShouldAllBe(i => i.Confidence > 0.2f && i.Confidence <= 1f);
    }

    [Fact]
    public void Batch_of_strings_matches_one_at_a_time()
    {
        string[] sentences = ["Any concerns about me?", "When will you decide?", "I led a team of six welders.", "ok so when do i start lol"];

        var batch = SharedModel.Detector.Classify(sentences);

        batch.ShouldBe(sentences.Select(SharedModel.Model.Predict));
    }

    [Fact]
    public void Empty_document_has_no_intents()
    {
        SharedModel.Detector.Classify(ScriptDocument.Parse("")).ShouldBeEmpty();
    }

    [Fact]
    public void Cancelled_classification_throws()
    {
        var document = ScriptDocument.Parse(string.Concat(Enumerable.Repeat("Any concerns about me? ", 200)));

        Should.Throw<OperationCanceledException>(() => SharedModel.Detector.Classify(document, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Curly_quotes_and_case_do_not_change_the_reading()
    {
        SharedModel.Model.Predict("WHAT\u2019S HOLDING YOU BACK FROM HIRING ME?")
            .ShouldBe(SharedModel.Model.Predict("what's holding you back from hiring me?"));
    }
}
