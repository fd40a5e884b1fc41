using CloseLint.Intent.Training;
using Microsoft.ML;
using Shouldly;

namespace CloseLint.Intent.Tests;

/// <summary>The run-time scorer reproduces ML.NET's own prediction on the shipped model file.</summary>
public sealed class MlNetAgreementTests
{
    [Fact]
    public void Fast_scorer_agrees_with_ml_net_prediction_engine_on_every_training_sentence()
    {
        using var file = File.OpenRead(RepoFiles.ShippedModel);
        var fromMlNet = IntentModelFile.LoadWithMlNet(file, "test", out var transformer, out _);
        var ml = new MLContext(seed: 0);
        var featurizer = fromMlNet.Featurizer;
        using var engine = ml.Model.CreatePredictionEngine<FeatureRow, Prediction>(transformer, inputSchemaDefinition: HashedMaxEntPipeline.CreateSchema(featurizer));
        var fast = SharedModel.Model;
        var classNames = fast.Classes.Select(IntentLabelNames.ToName).ToArray();
        var buffer = new FeatureBuffer();
        var probabilities = new float[fast.Classes.Length];
        var sentences = IntentDataset.ReadDirectory(RepoFiles.TrainingData).Select(e => e.Text).ToArray();
        sentences.Length.ShouldBeGreaterThan(3000);

        var labelMismatches = 0;
        var maxDifference = 0f;
        foreach (var sentence in sentences)
        {
            var expected = engine.Predict(HashedMaxEntPipeline.ToRow("", sentence, featurizer, buffer));
            var actual = fast.Predict(sentence, buffer, probabilities);
            if (IntentLabelNames.ToName(actual.Label) != expected.PredictedLabel) labelMismatches++;
            for (var c = 0; c < classNames.Length; c++) maxDifference = MathF.Max(maxDifference, MathF.Abs(expected.Score[c] - probabilities[c]));
        }

        labelMismatches.ShouldBe(0);
        maxDifference.ShouldBeLessThan(1e-4f);
    }

    private sealed class Prediction
    {
        public string PredictedLabel { get; set; } = "";

        public float[] Score { get; set; } = [];
    }
}
