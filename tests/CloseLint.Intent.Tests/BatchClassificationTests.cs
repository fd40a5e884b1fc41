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
    public void A_long_document_classified_on_all_cores_matches_one_sentence_at_a_time()
    {
        string[] pieces = ["Any concerns about me? ", "When will you decide? ", "I led a team of six welders. ", "ok so when do i start lol. ", "Thanks, José 😀! "];
        var document = ScriptDocument.Parse(string.Concat(Enumerable.Range(0, 3 * MlIntentDetector.ParallelThreshold).Select(i => pieces[i * 7 % pieces.Length])));
        document.Sentences.Length.ShouldBeGreaterThan(MlIntentDetector.ParallelThreshold);

        var intents = SharedModel.Detector.Classify(document);

        intents.ShouldBe(document.Sentences.Select(s => SharedModel.Model.Predict(s.NormalizedText)));
        var combined = new CombinedIntentDetector(SharedModel.Detector, LexicalIntentDetector.Instance);
        combined.Classify(document).ShouldBe(document.Sentences.Select((_, i) =>
            intents[i].Confidence >= combined.ModelThreshold ? intents[i] : combined.Combine(intents[i], LexicalIntentDetector.Instance.Classify(document, i))));
    }

    [Fact]
    public void Cancelled_classification_of_a_long_document_throws()
    {
        var document = ScriptDocument.Parse(string.Concat(Enumerable.Repeat("Any concerns about me? ", 2 * MlIntentDetector.ParallelThreshold)));

        Should.Throw<OperationCanceledException>(() => SharedModel.Detector.Classify(document, new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task One_sentence_read_alone_matches_the_whole_documents_reading()
    {
        var document = ScriptDocument.Parse(Script);
        var combined = new CombinedIntentDetector(SharedModel.Detector, LexicalIntentDetector.Instance);
        var background = new BackgroundIntentDetector(() => IntentDetectors.LoadDefault(), LexicalIntentDetector.Instance);
        (await background.Loaded.WaitAsync(TimeSpan.FromSeconds(30))).ModelLoaded.ShouldBeTrue();

        document.Sentences.Select((_, i) => SharedModel.Detector.Classify(document, i)).ShouldBe(SharedModel.Detector.Classify(document));
        document.Sentences.Select((_, i) => combined.Classify(document, i)).ShouldBe(combined.Classify(document));
        document.Sentences.Select((_, i) => background.Classify(document, i)).ShouldBe(background.Classify(document));
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
