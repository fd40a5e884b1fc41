using System.Collections.Immutable;

namespace CloseLint.Intent.Training;

/// <summary>What <see cref="IntentTrainer.Train"/> does.</summary>
public sealed record IntentTrainingOptions
{
    /// <summary>A <c>*.tsv</c> file or a folder of them.</summary>
    public required string DataPath { get; init; }

    /// <summary>Where to write the model file; null to only cross-validate.</summary>
    public string? OutputPath { get; init; }

    /// <summary>How many folds; at least 2.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>The seed for fold assignment and trainers.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Pipelines to compare by id; empty for all of them.</summary>
    public ImmutableArray<string> Pipelines { get; init; } = [];

    /// <summary>Where to write the out-of-fold misclassifications of the shipped pipeline (TSV), or null.</summary>
    public string? ErrorsPath { get; init; }
}
