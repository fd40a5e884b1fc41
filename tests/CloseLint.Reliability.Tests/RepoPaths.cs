namespace CloseLint.Reliability.Tests;

/// <summary>Finds files in the repository from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string FuzzCorpus => Path.Combine(Root, "tests", "fuzz", "corpus");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "CloseLint.sln"))) return directory.FullName;
        throw new InvalidOperationException($"CloseLint.sln not found above {AppContext.BaseDirectory}");
    }
}
