using CloseLint.Analysis;

namespace CloseLint.Intent;

/// <summary>The detector a host should use, and why the model is not part of it when it is not.</summary>
/// <param name="Detector">The combined detector, or the lexical one when the model did not load.</param>
/// <param name="Error">Why the model did not load; null when it did.</param>
/// <param name="LoadTime">How long loading took.</param>
public sealed record IntentDetectorLoadResult(ISentenceIntentDetector Detector, IntentModelLoadException? Error, TimeSpan LoadTime)
{
    /// <summary>True when the model loaded and <see cref="Detector"/> uses it.</summary>
    public bool ModelLoaded => Error is null;
}
