using Microsoft.ML;

namespace CloseLint.Intent.Training;

/// <summary>A fitted ML.NET model and the <see cref="IntentModel"/> read out of it.</summary>
internal sealed record TrainedIntentModel(MLContext Context, ITransformer Transformer, DataViewSchema InputSchema, IntentModel Model)
{
    public void Save(Stream destination) => IntentModelFile.Save(Context, Transformer, InputSchema, Model.Featurizer, destination);
}
