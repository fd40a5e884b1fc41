using System.Collections.Immutable;
using CloseLint.Analysis;

namespace CloseLint.Intent.Training;

/// <summary>One pipeline's k-fold cross-validation: the report over all out-of-fold predictions, and those predictions.</summary>
/// <param name="Pipeline">The pipeline's id.</param>
/// <param name="Description">Its features and trainer.</param>
/// <param name="Shippable">True when it can be written as the shipped model.</param>
/// <param name="Report">Metrics over every example, each predicted by the fold model that did not see it.</param>
/// <param name="Predictions">The out-of-fold prediction for each example, in input order.</param>
public sealed record CrossValidationResult(string Pipeline, string Description, bool Shippable, ClassificationReport Report,
    ImmutableArray<(IntentExample Example, SentenceIntent Predicted)> Predictions);
