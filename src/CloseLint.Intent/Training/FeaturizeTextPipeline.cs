using System.Collections.Immutable;
using CloseLint.Analysis;
using Microsoft.ML;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace CloseLint.Intent.Training;

/// <summary>
/// The baseline: ML.NET's own <c>FeaturizeText</c> (dictionary word 1-2-grams + char 3-4-grams, L2) into SDCA maximum
/// entropy, scored through a <see cref="PredictionEngine{TSrc, TDst}"/>. Not shippable: the run-time detector needs the
/// hashed featurizer it can reproduce without ML.NET.
/// </summary>
internal sealed class FeaturizeTextPipeline(float l2) : IntentPipeline
{
    public override string Name => "featurizetext-sdca";

    public override string Description => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"ML.NET FeaturizeText (dictionary word 1-2-grams + char 3-4-grams, L2) -> SDCA maximum entropy (L2 {l2})");

    public override bool CanShip => false;

    public override ITextIntentClassifier Fit(ImmutableArray<IntentExample> training, int seed)
    {
        var ml = new MLContext(seed);
        var rows = training.Select(e => new TextRow { Label = IntentLabelNames.ToName(e.Label), Text = IntentTextNormalizer.Normalize(e.Text) });
        var data = ml.Data.LoadFromEnumerable(rows);
        var estimator = ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
            {
                CaseMode = TextNormalizingEstimator.CaseMode.Lower,
                KeepPunctuations = true,
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
                CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = false },
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            }, nameof(TextRow.Text))
            .Append(ml.Transforms.Text.FeaturizeText("Chars3", new TextFeaturizingEstimator.Options
            {
                CaseMode = TextNormalizingEstimator.CaseMode.Lower,
                WordFeatureExtractor = null,
                CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false },
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            }, nameof(TextRow.Text)))
            .Append(ml.Transforms.Concatenate("AllFeatures", "Features", "Chars3"))
            .Append(ml.Transforms.Conversion.MapValueToKey("Label", keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new Microsoft.ML.Trainers.SdcaMaximumEntropyMulticlassTrainer.Options
            {
                FeatureColumnName = "AllFeatures",
                L2Regularization = l2,
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 200,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        var transformer = estimator.Fit(data);
        return new Classifier(ml.Model.CreatePredictionEngine<TextRow, Prediction>(transformer));
    }

    internal sealed class TextRow
    {
        public string Label { get; set; } = "";

        public string Text { get; set; } = "";
    }

    internal sealed class Prediction
    {
        public string PredictedLabel { get; set; } = "";

        public float[] Score { get; set; } = [];
    }

    private sealed class Classifier(PredictionEngine<TextRow, Prediction> engine) : ITextIntentClassifier
    {
        public SentenceIntent Predict(string text)
        {
            var prediction = engine.Predict(new TextRow { Text = IntentTextNormalizer.Normalize(text) });
            IntentLabelNames.TryParse(prediction.PredictedLabel, out var label);
            return new SentenceIntent(label, prediction.Score.Length == 0 ? 0 : prediction.Score.Max());
        }
    }
}
