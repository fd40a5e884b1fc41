using System.Collections.Immutable;
using Microsoft.Extensions.FileSystemGlobbing;

namespace CloseLint.Cli.Inputs;

/// <summary>
/// Turns command-line paths into the files to check: a file is checked as named, a folder is searched recursively
/// for the <c>--include</c> globs, a glob is matched from its fixed leading folders, and <c>-</c> is standard input.
/// <c>--exclude</c> and <c>.closelintignore</c> apply to what folders and globs find. Files come out in argument
/// order, each folder's files sorted by path, and a file named twice is checked once.
/// </summary>
internal sealed class InputResolver
{
    /// <summary>What a folder search includes unless <c>--include</c> says otherwise.</summary>
    public static ImmutableArray<string> DefaultIncludes { get; } =
        ["**/*.md", "**/*.markdown", "**/*.txt", "**/*.docx", "**/*.csv", "**/*.tsv"];

    private static readonly string[] SkippedFolders = [".git", ".hg", ".svn", "node_modules"];

    private readonly string _currentDirectory;
    private readonly ImmutableArray<string> _includes;
    private readonly ImmutableArray<string> _excludes;
    private readonly string? _stdinFileName;
    private readonly IgnoreIndex _ignore;

    /// <summary>Creates a resolver.</summary>
    public InputResolver(string currentDirectory, IEnumerable<string> includes, IEnumerable<string> excludes, string? stdinFileName)
    {
        _currentDirectory = Path.GetFullPath(currentDirectory);
        var includeList = includes.SelectMany(Globs.ExpandBraces).ToImmutableArray();
        _includes = includeList.IsEmpty ? [.. DefaultIncludes] : includeList;
        _excludes = [.. excludes.SelectMany(Globs.ExpandBraces)];
        _stdinFileName = stdinFileName;
        _ignore = new IgnoreIndex(_currentDirectory);
    }

    /// <summary>Resolves the arguments; a path that names nothing to check comes back with its <see cref="InputFile.Problem"/>.</summary>
    public ImmutableArray<InputFile> Resolve(IEnumerable<string> arguments)
    {
        var files = ImmutableArray.CreateBuilder<InputFile>();
        void Problem(string argument, string reason) =>
            files.Add(new InputFile(argument, Path.GetFullPath(argument, _currentDirectory), InputFile.KindOf(argument), Problem: reason));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(InputFile file)
        {
            if (file.IsStandardInput || seen.Add(file.FullPath)) files.Add(file);
        }

        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                Add(StandardInput());
                continue;
            }

            var fullPath = Path.GetFullPath(argument, _currentDirectory);
            if (File.Exists(fullPath))
            {
                Add(new InputFile(argument, fullPath, InputFile.KindOf(fullPath)));
            }
            else if (Directory.Exists(fullPath))
            {
                var before = files.Count;
                foreach (var file in Search(fullPath, argument, _includes)) Add(file);
                if (files.Count == before) Problem(argument, $"no files matching {string.Join(", ", _includes)} in this folder");
            }
            else if (Globs.IsGlob(argument))
            {
                var (baseDisplay, pattern) = Globs.Split(argument);
                var baseFull = Path.GetFullPath(baseDisplay.Length == 0 ? "." : baseDisplay, _currentDirectory);
                var before = files.Count;
                if (Directory.Exists(baseFull))
                    foreach (var file in Search(baseFull, baseDisplay, [.. Globs.ExpandBraces(pattern)])) Add(file);
                if (files.Count == before) Problem(argument, "no files match this pattern");
            }
            else
            {
                Problem(argument, "no such file or folder");
            }
        }

        return files.ToImmutable();
    }

    private InputFile StandardInput()
    {
        var name = _stdinFileName ?? "<stdin>";
        var fullPath = Path.GetFullPath(_stdinFileName ?? "stdin.txt", _currentDirectory);
        return new InputFile(name, fullPath, InputFile.KindOf(_stdinFileName ?? "stdin.txt"), IsStandardInput: true);
    }

    private IEnumerable<InputFile> Search(string root, string rootDisplay, ImmutableArray<string> includes)
    {
        var top = root.StartsWith(_currentDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal) || root == _currentDirectory
            ? _currentDirectory
            : root;
        var candidates = new List<string>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            List<FileSystemInfo> entries;
            try
            {
                entries = [.. new DirectoryInfo(directory).EnumerateFileSystemInfos()];
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var entry in entries)
            {
                var isDirectory = entry is DirectoryInfo;
                if (isDirectory && (SkippedFolders.Contains(entry.Name, StringComparer.Ordinal) || entry.Attributes.HasFlag(FileAttributes.ReparsePoint))) continue;
                if (_ignore.IsIgnoredEntry(entry.FullName, isDirectory, top)) continue;
                if (isDirectory) pending.Push(entry.FullName);
                else candidates.Add(Path.GetRelativePath(root, entry.FullName).Replace('\\', '/'));
            }
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(includes);
        matcher.AddExcludePatterns(_excludes);
        var matched = matcher.Match(root, candidates).Files.Select(f => f.Path).Order(StringComparer.Ordinal);
        var prefix = rootDisplay is "" or "." or "./" ? string.Empty : rootDisplay.TrimEnd('/', '\\') + "/";
        foreach (var relative in matched)
        {
            var fullPath = Path.GetFullPath(relative, root);
            yield return new InputFile(prefix + relative, fullPath, InputFile.KindOf(fullPath));
        }
    }
}
