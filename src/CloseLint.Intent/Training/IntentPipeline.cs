using System.Collections.Immutable;

namespace CloseLint.Intent.Training;

/// <summary>A featurization and trainer that cross-validation compares.</summary>
internal abstract class IntentPipeline
{
    /// <summary>A short id, such as <c>hashed-sdca</c>.</summary>
    public abstract string Name { get; }

    /// <summary>One line: features and trainer.</summary>
    public abstract string Description { get; }

    /// <summary>True when the fitted model can be written as the shipped model file.</summary>
    public abstract bool CanShip { get; }

    /// <summary>Fits on <paramref name="training"/> with a fixed seed.</summary>
    public abstract ITextIntentClassifier Fit(ImmutableArray<IntentExample> training, int seed);
}
