using System.Collections.Immutable;

namespace CloseLint.Intent.Training;

/// <summary>What a training run measured and wrote.</summary>
/// <param name="ExampleCount">Sentences after deduplication.</param>
/// <param name="CrossValidation">Every compared pipeline's cross-validation, in run order.</param>
/// <param name="Winner">The shippable pipeline with the best macro-F1.</param>
/// <param name="ModelPath">The model file written, or null.</param>
/// <param name="ModelBytes">Its size.</param>
public sealed record IntentTrainingResult(int ExampleCount, ImmutableArray<CrossValidationResult> CrossValidation,
    CrossValidationResult Winner, string? ModelPath, long ModelBytes);
