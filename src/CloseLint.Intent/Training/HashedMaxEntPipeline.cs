using System.Collections.Immutable;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace CloseLint.Intent.Training;

/// <summary>
/// <see cref="IntentFeaturizer"/> vectors (hashed word 1-2-grams and character 3-4-grams) into a maximum-entropy
/// trainer (SDCA or L-BFGS). The fitted model is read back into an <see cref="IntentModel"/>, so cross-validation
/// scores exactly the code path that ships.
/// </summary>
internal sealed class HashedMaxEntPipeline(HashedMaxEntPipeline.Trainer trainer, int bits, float l2, float l1, string? name = null, int wordNgrams = 2) : IntentPipeline
{
    public enum Trainer { Sdca, Lbfgs }

    public override string Name => name ?? (trainer == Trainer.Sdca ? "hashed-sdca" : "hashed-lbfgs");

    public override string Description => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"hashed word 1-{wordNgrams}-grams + char 3-4-grams (2^{bits} slots, binary, L2-normalized) -> {(trainer == Trainer.Sdca ? "SDCA" : "L-BFGS")} maximum entropy (L2 {l2}, L1 {l1})");

    public override bool CanShip => true;

    public override ITextIntentClassifier Fit(ImmutableArray<IntentExample> training, int seed) => Train(training, seed).Model;

    public TrainedIntentModel Train(ImmutableArray<IntentExample> training, int seed)
    {
        var ml = new MLContext(seed);
        var featurizer = new IntentFeaturizer(bits, wordNgrams);
        var data = ml.Data.LoadFromEnumerable(ToRows(training, featurizer), CreateSchema(featurizer));
        var estimator = ml.Transforms.Conversion.MapValueToKey("Label", keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(CreateTrainer(ml))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        var transformer = estimator.Fit(data);
        var model = IntentModelFile.FromTransformer(transformer, data.Schema, featurizer, "training");
        return new TrainedIntentModel(ml, transformer, data.Schema, model);
    }

    internal static SchemaDefinition CreateSchema(IntentFeaturizer featurizer)
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featurizer.Dimension);
        return schema;
    }

    internal static FeatureRow ToRow(string label, string text, IntentFeaturizer featurizer, FeatureBuffer buffer)
    {
        featurizer.Featurize(IntentTextNormalizer.Normalize(text), buffer);
        return new FeatureRow
        {
            Label = label,
            Features = new VBuffer<float>(featurizer.Dimension, buffer.Count, buffer.Values.ToArray(), buffer.Indices.ToArray()),
        };
    }

    private static List<FeatureRow> ToRows(ImmutableArray<IntentExample> examples, IntentFeaturizer featurizer)
    {
        var buffer = new FeatureBuffer();
        return [.. examples.Select(e => ToRow(IntentLabelNames.ToName(e.Label), e.Text, featurizer, buffer))];
    }

    private IEstimator<ITransformer> CreateTrainer(MLContext ml) => trainer switch
    {
        Trainer.Sdca => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new Microsoft.ML.Trainers.SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "Label",
            FeatureColumnName = IntentModelFile.FeaturesColumn,
            L2Regularization = l2,
            L1Regularization = l1,
            NumberOfThreads = 1,   // SDCA is only deterministic single-threaded
            MaximumNumberOfIterations = 200,
        }),
        _ => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new Microsoft.ML.Trainers.LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "Label",
            FeatureColumnName = IntentModelFile.FeaturesColumn,
            L2Regularization = l2,
            L1Regularization = l1,
            NumberOfThreads = 1,
        }),
    };
}
