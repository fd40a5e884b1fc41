using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.Intent.Training;
using CloseLint.Syntax;
using Shouldly;

namespace CloseLint.Intent.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public void Same_document_gets_the_same_intents_every_time()
    {
        var document = ScriptDocument.Parse("I ran the pharmacy for five years. Does anything about that worry you? When will you decide?");

        var first = SharedModel.Detector.Classify(document);
        var second = new MlIntentDetector(IntentModel.LoadEmbedded()).Classify(document);

        second.ShouldBe(first);
    }

    [Fact]
    public void Retraining_with_the_same_seed_gives_the_same_metrics_and_predictions()
    {
        var subset = Subset(60);

        var first = IntentTrainer.CrossValidate("hashed-sdca", subset, folds: 3, seed: 7);
        var second = IntentTrainer.CrossValidate("hashed-sdca", subset, folds: 3, seed: 7);

        second.Report.MacroF1.ShouldBe(first.Report.MacroF1);
        second.Report.ToMarkdownConfusionMatrix().ShouldBe(first.Report.ToMarkdownConfusionMatrix());
        second.Predictions.Select(p => p.Predicted).ShouldBe(first.Predictions.Select(p => p.Predicted));
    }

    [Fact]
    public void Retrained_model_files_score_the_same()
    {
        var subset = Subset(40);
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        IntentTrainer.TrainModel(subset, seed: 3, first, "hashed-sdca");
        IntentTrainer.TrainModel(subset, seed: 3, second, "hashed-sdca");
        first.Position = second.Position = 0;
        var a = IntentModel.Load(first);
        var b = IntentModel.Load(second);

        foreach (var example in subset) b.Predict(example.Text).ShouldBe(a.Predict(example.Text));
    }

    [Fact]
    public void Folds_are_stratified_and_fixed_by_the_seed()
    {
        var subset = Subset(30);

        var folds = IntentTrainer.AssignFolds(subset, 3, seed: 1);

        IntentTrainer.AssignFolds(subset, 3, seed: 1).ShouldBe(folds);
        foreach (var label in IntentLabelNames.All)
        {
            var perFold = Enumerable.Range(0, 3).Select(k => subset.Where((e, i) => e.Label == label && folds[i] == k).Count()).ToArray();
            (perFold.Max() - perFold.Min()).ShouldBeLessThanOrEqualTo(1);
        }
    }

    private static ImmutableArray<IntentExample> Subset(int perLabel) =>
        [.. IntentDataset.ReadDirectory(RepoFiles.TrainingData).GroupBy(e => e.Label).OrderBy(g => g.Key).SelectMany(g => g.Take(perLabel))];
}
