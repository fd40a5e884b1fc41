namespace CloseLint.Analysis;

/// <summary>A detector's reading of one sentence.</summary>
/// <param name="Label">What the sentence does.</param>
/// <param name="Confidence">How sure the detector is, from 0 to 1.</param>
public readonly record struct SentenceIntent(IntentLabel Label, float Confidence)
{
    /// <summary>An "other" reading with full confidence.</summary>
    public static SentenceIntent Other => new(IntentLabel.Other, 1f);

    /// <inheritdoc/>
    public override string ToString() => $"{Label} ({Confidence:0.00})";
}
