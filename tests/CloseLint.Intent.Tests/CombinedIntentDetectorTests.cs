using CloseLint.Analysis;
using CloseLint.Syntax;
using Shouldly;

namespace CloseLint.Intent.Tests;

public sealed class CombinedIntentDetectorTests
{
    private static readonly CombinedIntentDetector Combined = new(new FixedDetector("model"), new FixedDetector("lexical"));

    [Fact]
    public void Sure_model_wins_over_a_strong_pattern()
    {
        Combined.Combine(new(IntentLabel.Other, 0.9f), new(IntentLabel.Concern, 0.99f)).ShouldBe(new SentenceIntent(IntentLabel.Other, 0.9f));
    }

    [Fact]
    public void Strong_pattern_wins_when_the_model_is_unsure()
    {
        Combined.Combine(new(IntentLabel.Other, 0.45f), new(IntentLabel.Ask, 0.9f)).ShouldBe(new SentenceIntent(IntentLabel.Ask, 0.9f));
    }

    [Fact]
    public void Weak_pattern_does_not_overrule_an_unsure_model()
    {
        Combined.Combine(new(IntentLabel.Summary, 0.4f), new(IntentLabel.Ask, 0.6f)).ShouldBe(new SentenceIntent(IntentLabel.Summary, 0.4f));
    }

    [Fact]
    public void Lexical_other_never_overrules_the_model()
    {
        Combined.Combine(new(IntentLabel.Gimmick, 0.3f), new(IntentLabel.Other, 1f)).ShouldBe(new SentenceIntent(IntentLabel.Gimmick, 0.3f));
    }

    [Fact]
    public void Agreement_keeps_the_higher_confidence()
    {
        Combined.Combine(new(IntentLabel.Ask, 0.5f), new(IntentLabel.Ask, 0.8f)).ShouldBe(new SentenceIntent(IntentLabel.Ask, 0.8f));
    }

    [Fact]
    public void Classify_combines_sentence_by_sentence()
    {
        var document = ScriptDocument.Parse("One. Two.");
        var combined = new CombinedIntentDetector(
            new FixedDetector("model", new(IntentLabel.Other, 0.5f), new(IntentLabel.Summary, 0.95f)),
            new FixedDetector("lexical", new(IntentLabel.Concern, 0.9f), new(IntentLabel.Ask, 0.9f)));

        combined.Classify(document).ShouldBe([new(IntentLabel.Concern, 0.9f), new(IntentLabel.Summary, 0.95f)]);
    }

    [Fact]
    public void A_single_sentence_detector_is_asked_only_where_the_model_is_unsure()
    {
        var document = ScriptDocument.Parse("One. Two. Three.");
        var lexical = new CountingDetector(new(IntentLabel.Concern, 0.9f), new(IntentLabel.Ask, 0.9f), new(IntentLabel.Ask, 0.9f));
        var combined = new CombinedIntentDetector(
            new FixedDetector("model", new(IntentLabel.Other, 0.5f), new(IntentLabel.Summary, 0.95f), new(IntentLabel.Ask, 0.6f)), lexical);

        combined.Classify(document).ShouldBe([new(IntentLabel.Concern, 0.9f), new(IntentLabel.Summary, 0.95f), new(IntentLabel.Ask, 0.9f)]);
        lexical.AskedAbout.ShouldBe([0, 2]);
    }

    [Fact]
    public void A_single_sentence_detector_gives_the_same_labels_as_reading_the_whole_document()
    {
        var document = ScriptDocument.Parse("To sum up, I have led a 30-bed ward for six years. Is there anything about my background that concerns you? I'd love this role, what are the next steps?");
        var model = new FixedDetector("model", new(IntentLabel.Other, 0.3f), new(IntentLabel.Other, 0.9f), new(IntentLabel.Summary, 0.2f));
        var lazy = new CombinedIntentDetector(model, LexicalIntentDetector.Instance);
        var whole = new CombinedIntentDetector(model, new WholeDocumentOnly(LexicalIntentDetector.Instance));

        lazy.Classify(document).Select(i => i.Label).ShouldBe(whole.Classify(document).Select(i => i.Label));
        lazy.Classify(document).Select(i => i.Label).ShouldBe([IntentLabel.Summary, IntentLabel.Other, IntentLabel.Ask]);
    }

    private sealed class CountingDetector(params SentenceIntent[] answers) : ISingleSentenceIntentDetector
    {
        public List<int> AskedAbout { get; } = [];

        public string Name => "counting";

        public System.Collections.Immutable.ImmutableArray<SentenceIntent> Classify(ScriptDocument document, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("the combined detector should ask sentence by sentence");

        public SentenceIntent Classify(ScriptDocument document, int sentenceIndex)
        {
            AskedAbout.Add(sentenceIndex);
            return answers[sentenceIndex];
        }
    }

    private sealed class WholeDocumentOnly(ISentenceIntentDetector inner) : ISentenceIntentDetector
    {
        public string Name => inner.Name;

        public System.Collections.Immutable.ImmutableArray<SentenceIntent> Classify(ScriptDocument document, CancellationToken cancellationToken = default) =>
            inner.Classify(document, cancellationToken);
    }

    private sealed class FixedDetector(string name, params SentenceIntent[] answers) : ISentenceIntentDetector
    {
        public string Name => name;

        public System.Collections.Immutable.ImmutableArray<SentenceIntent> Classify(ScriptDocument document, CancellationToken cancellationToken = default) =>
            [.. document.Sentences.Select((_, i) => answers.Length > i ? answers[i] : SentenceIntent.Other)];
    }
}
