using Microsoft.ML.Data;

namespace CloseLint.Intent.Training;

/// <summary>An ML.NET row: a label name and an <see cref="IntentFeaturizer"/> vector.</summary>
internal sealed class FeatureRow
{
    public string Label { get; set; } = "";

    public VBuffer<float> Features { get; set; }
}
