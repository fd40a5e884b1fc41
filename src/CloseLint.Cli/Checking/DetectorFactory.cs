using CloseLint.Analysis;
using CloseLint.Intent;

namespace CloseLint.Cli.Checking;

/// <summary>
/// Picks the sentence intent detector for a batch (<c>--detector</c>): <c>auto</c> loads the shipped model and
/// combines it with the lexical patterns, falling back to the patterns alone when the model cannot be loaded;
/// <c>model</c> insists on the model; <c>lexical</c> never loads it. The one place that names detector types.
/// </summary>
internal static class DetectorFactory
{
    /// <summary>The choices <c>--detector</c> accepts.</summary>
    public static readonly string[] Choices = ["auto", "lexical", "model"];

    /// <summary>The detector for <paramref name="choice"/>, or null with <paramref name="error"/> when it cannot be had.</summary>
    /// <param name="choice">auto, lexical or model.</param>
    /// <param name="note">Set when auto fell back to the lexical detector, with the reason.</param>
    /// <param name="error">Set when null is returned.</param>
    public static ISentenceIntentDetector? Create(string choice, out string? note, out string? error)
    {
        note = null;
        error = null;
        if (choice == "lexical") return IntentDetectors.Lexical;
        if (choice is not ("auto" or "model"))
        {
            error = $"unknown detector '{choice}'; use {string.Join(", ", Choices)}";
            return null;
        }

        var loaded = IntentDetectors.LoadDefault();
        if (loaded.ModelLoaded) return loaded.Detector;
        if (choice == "model")
        {
            error = $"the intent model could not be loaded: {loaded.Error!.Message}";
            return null;
        }

        note = $"the intent model could not be loaded ({loaded.Error!.Message}); using the lexical detector";
        return loaded.Detector;
    }
}
