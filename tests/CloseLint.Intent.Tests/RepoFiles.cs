namespace CloseLint.Intent.Tests;

/// <summary>Finds files of the repository the tests run from.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string TrainingData => Path.Combine(Root, "models", "intent", "data");

    public static string ShippedModel => Path.Combine(Root, "models", "intent", "intent-model.zip");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "CloseLint.sln"))) return directory.FullName;
        throw new InvalidOperationException("Could not find CloseLint.sln above the test assembly.");
    }
}
