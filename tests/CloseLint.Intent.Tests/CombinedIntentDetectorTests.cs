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

    private sealed class FixedDetector(string name, params SentenceIntent[] answers) : ISentenceIntentDetector
    {
        public string Name => name;

        public System.Collections.Immutable.ImmutableArray<SentenceIntent> Classify(ScriptDocument document, CancellationToken cancellationToken = default) =>
            [.. document.Sentences.Select((_, i) => answers.Length > i ? answers[i] : SentenceIntent.Other)];
    }
}
