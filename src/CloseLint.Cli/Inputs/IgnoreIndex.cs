using System.Collections.Concurrent;
using System.Collections.Immutable;
using CloseLint.IO;

namespace CloseLint.Cli.Inputs;

/// <summary>
/// Answers whether a path is ignored by the <c>.closelintignore</c> files between a top folder (the current folder,
/// or the folder argument for paths outside it) and the path. As in git, a deeper file's patterns win, the last
/// matching line of a file wins, and nothing under an ignored folder comes back.
/// </summary>
internal sealed class IgnoreIndex
{
    /// <summary>The name of the ignore file.</summary>
    public const string FileName = ".closelintignore";

    private readonly ConcurrentDictionary<string, ImmutableArray<IgnorePattern>> _byDirectory = new(StringComparer.Ordinal);

    /// <summary>Creates an index whose default top folder is <paramref name="currentDirectory"/>.</summary>
    public IgnoreIndex(string currentDirectory) => CurrentDirectory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(currentDirectory));

    /// <summary>The current folder.</summary>
    public string CurrentDirectory { get; }

    /// <summary>True when <paramref name="fullPath"/> or a folder above it (up to <paramref name="top"/>) is ignored.</summary>
    public bool IsIgnored(string fullPath, bool isDirectory, string? top = null)
    {
        top = TopFor(fullPath, top);
        var relative = Path.GetRelativePath(top, fullPath).Replace('\\', '/');
        if (relative == "." || relative.StartsWith("../", StringComparison.Ordinal)) return false;

        var parts = relative.Split('/');
        for (var depth = 0; depth < parts.Length; depth++)
        {
            var candidate = Path.Combine(top, string.Join(Path.DirectorySeparatorChar, parts, 0, depth + 1));
            if (Decide(top, candidate, depth < parts.Length - 1 || isDirectory)) return true;
        }

        return false;
    }

    /// <summary>True when <paramref name="fullPath"/> itself is ignored (its folders are known not to be).</summary>
    public bool IsIgnoredEntry(string fullPath, bool isDirectory, string top) => Decide(TopFor(fullPath, top), fullPath, isDirectory);

    private string TopFor(string fullPath, string? top)
    {
        if (top is not null) return Path.TrimEndingDirectorySeparator(top);
        var underCurrent = fullPath.StartsWith(CurrentDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return underCurrent ? CurrentDirectory : Path.GetDirectoryName(fullPath) ?? CurrentDirectory;
    }

    private bool Decide(string top, string fullPath, bool isDirectory)
    {
        var parent = Path.GetDirectoryName(fullPath);
        if (parent is null) return false;
        var chain = new List<string>();
        for (var directory = parent; directory is not null && directory.Length >= top.Length; directory = Path.GetDirectoryName(directory))
        {
            chain.Add(directory);
            if (string.Equals(directory, top, StringComparison.Ordinal)) break;
        }

        bool? ignored = null;
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var patterns = PatternsIn(chain[i]);
            if (patterns.IsEmpty) continue;
            var relative = Path.GetRelativePath(chain[i], fullPath).Replace('\\', '/');
            foreach (var pattern in patterns)
                if (pattern.IsMatch(relative, isDirectory)) ignored = !pattern.Negated;
        }

        return ignored ?? false;
    }

    private ImmutableArray<IgnorePattern> PatternsIn(string directory) => _byDirectory.GetOrAdd(directory, static dir =>
    {
        var path = Path.Combine(dir, FileName);
        try
        {
            // A FIFO or device named .closelintignore would block the search or never end; only a regular file is read.
            if (!File.Exists(path) || FileKinds.Of(path).MustNotBeOpened()) return [];
            return [.. File.ReadAllLines(path).Select(IgnorePattern.Parse).OfType<IgnorePattern>()];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    });
}
