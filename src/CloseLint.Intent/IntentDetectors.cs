using System.Diagnostics;
using CloseLint.Analysis;

namespace CloseLint.Intent;

/// <summary>The detectors a host picks from.</summary>
public static class IntentDetectors
{
    /// <summary>The pattern-only detector: no model, no load time.</summary>
    public static ISentenceIntentDetector Lexical => LexicalIntentDetector.Instance;

    /// <summary>
    /// Loads the built-in model (or <paramref name="modelPath"/>) and returns the combined detector; when the model is
    /// missing or corrupt, returns the lexical detector and the reason. Never throws for a bad model.
    /// </summary>
    public static IntentDetectorLoadResult LoadDefault(string? modelPath = null)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var model = modelPath is null ? IntentModel.LoadEmbedded() : IntentModel.Load(modelPath);
            var detector = new CombinedIntentDetector(new MlIntentDetector(model), LexicalIntentDetector.Instance);
            return new IntentDetectorLoadResult(detector, null, Stopwatch.GetElapsedTime(started));
        }
        catch (IntentModelLoadException e)
        {
            return new IntentDetectorLoadResult(LexicalIntentDetector.Instance, e, Stopwatch.GetElapsedTime(started));
        }
    }

    /// <summary>
    /// Starts loading the default detector on the thread pool and returns a detector that answers with the lexical
    /// one until the model is ready (for a language server's fast first answer).
    /// </summary>
    public static BackgroundIntentDetector LoadInBackground(string? modelPath = null) =>
        new(() => LoadDefault(modelPath), LexicalIntentDetector.Instance);
}
