using CloseLint.Analysis;
using CloseLint.Intent;

namespace CloseLint.Cli.Checking;

/// <summary>
/// Picks the sentence intent detector for a batch (<c>--detector</c>). The one place that names a detector type, so
/// moving the CLI to the model-backed detector is a change here only.
/// </summary>
internal static class DetectorFactory
{
    /// <summary>The choices <c>--detector</c> accepts.</summary>
    public static readonly string[] Choices = ["auto", "lexical", "model"];

    /// <summary>The detector for <paramref name="choice"/>, or null with <paramref name="error"/> when it cannot be had.</summary>
    public static ISentenceIntentDetector? Create(string choice, out string? error)
    {
        error = null;
        switch (choice)
        {
            case "auto":
            case "lexical":
                return LexicalIntentDetector.Instance;
            case "model":
                error = "the intent model is not part of this build yet; use --detector lexical or auto";
                return null;
            default:
                error = $"unknown detector '{choice}'; use {string.Join(", ", Choices)}";
                return null;
        }
    }
}
