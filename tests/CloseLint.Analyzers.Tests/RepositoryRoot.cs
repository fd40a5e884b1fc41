namespace CloseLint.Analyzers.Tests;

/// <summary>The repository root: the folder holding CloseLint.sln, found by walking up from the test binaries.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "CloseLint.sln"))) return folder.FullName;
        throw new InvalidOperationException($"No CloseLint.sln above {AppContext.BaseDirectory}");
    }
}
