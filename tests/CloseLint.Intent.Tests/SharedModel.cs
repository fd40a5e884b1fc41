namespace CloseLint.Intent.Tests;

/// <summary>The shipped model, loaded once for the test run (loading is tested on its own).</summary>
internal static class SharedModel
{
    private static readonly Lazy<IntentModel> Lazy = new(IntentModel.LoadEmbedded);

    public static IntentModel Model => Lazy.Value;

    public static MlIntentDetector Detector => new(Model);
}
