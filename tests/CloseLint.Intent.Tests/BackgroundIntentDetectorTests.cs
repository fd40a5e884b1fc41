using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.Syntax;
using Shouldly;

namespace CloseLint.Intent.Tests;

public sealed class BackgroundIntentDetectorTests
{
    private static readonly ScriptDocument Document = ScriptDocument.Parse("Any concerns about me?");

    [Fact]
    public async Task Answers_with_the_fallback_until_the_model_has_loaded_then_with_the_model()
    {
        var release = new TaskCompletionSource();
        var model = new ConstantDetector("model", IntentLabel.Concern);
        var detector = new BackgroundIntentDetector(() =>
        {
            release.Task.Wait();
            return new IntentDetectorLoadResult(model, null, TimeSpan.Zero);
        }, new ConstantDetector("lexical", IntentLabel.Other));

        detector.Name.ShouldBe("lexical");
        detector.Classify(Document).ShouldBe([new SentenceIntent(IntentLabel.Other, 1f)]);

        release.SetResult();
        var result = await detector.Loaded.WaitAsync(TimeSpan.FromSeconds(10));

        result.ModelLoaded.ShouldBeTrue();
        detector.Name.ShouldBe("model");
        detector.Classify(Document).ShouldBe([new SentenceIntent(IntentLabel.Concern, 1f)]);
    }

    [Fact]
    public async Task Failed_load_keeps_the_lexical_detector_and_reports_why()
    {
        var detector = IntentDetectors.LoadInBackground(Path.Combine(Path.GetTempPath(), "closelint-missing-" + Guid.NewGuid() + ".zip"));

        var result = await detector.Loaded.WaitAsync(TimeSpan.FromSeconds(30));

        result.ModelLoaded.ShouldBeFalse();
        result.Error.ShouldNotBeNull().Message.ShouldContain("closelint-missing-");
        detector.Current.ShouldBeSameAs(LexicalIntentDetector.Instance);
        detector.Classify(Document).Length.ShouldBe(1);
    }

    [Fact]
    public async Task Default_background_load_switches_to_the_combined_detector()
    {
        var detector = IntentDetectors.LoadInBackground();

        var result = await detector.Loaded.WaitAsync(TimeSpan.FromSeconds(30));

        result.ModelLoaded.ShouldBeTrue(result.Error?.Message);
        detector.Name.ShouldBe("combined");
        detector.Classify(Document).Single().Label.ShouldBe(IntentLabel.Concern);
    }

    private sealed class ConstantDetector(string name, IntentLabel label) : ISentenceIntentDetector
    {
        public string Name => name;

        public ImmutableArray<SentenceIntent> Classify(ScriptDocument document, CancellationToken cancellationToken = default) =>
            [.. document.Sentences.Select(_ => new SentenceIntent(label, 1f))];
    }
}
