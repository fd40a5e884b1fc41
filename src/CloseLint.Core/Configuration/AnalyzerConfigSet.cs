using System.Collections.Concurrent;
using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.IO;

namespace CloseLint.Configuration;

/// <summary>
/// Finds the <c>.editorconfig</c> files that apply to a document (its folder, then each parent, stopping after a
/// file with <c>root = true</c>) and merges them into <see cref="AnalyzerOptions"/>: nearer files and later sections win.
/// Parsed files are cached by path and last write time, so one instance can serve a whole batch or session. Only a
/// regular file is opened: a FIFO, socket or device named <c>.editorconfig</c> is a configuration problem (CL9002).
/// </summary>
public sealed class AnalyzerConfigSet
{
    /// <summary>The prefix of per-rule severity keys: <c>closelint_diagnostic.CL0002.severity</c>.</summary>
    public const string SeverityKeyPrefix = "closelint_diagnostic.";

    /// <summary>The prefix of rule option keys.</summary>
    public const string OptionKeyPrefix = "closelint_";

    private readonly ConcurrentDictionary<string, (DateTime Stamp, long Length, EditorConfigFile? File)> _cache = new(StringComparer.Ordinal);

    /// <summary>The options for a document at <paramref name="documentPath"/>; empty options when it has no path.</summary>
    public AnalyzerOptions GetOptions(string? documentPath)
    {
        if (string.IsNullOrEmpty(documentPath)) return AnalyzerOptions.Empty;
        var fullPath = Path.GetFullPath(documentPath);
        var files = new List<EditorConfigFile>();
        for (var directory = Path.GetDirectoryName(fullPath); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            var file = Load(Path.Combine(directory, ".editorconfig"));
            if (file is null) continue;
            files.Add(file);
            if (file.IsRoot) break;
        }

        if (files.Count == 0) return AnalyzerOptions.Empty; // most batches: no .editorconfig at all
        files.Reverse();
        return Merge(files, fullPath);
    }

    /// <summary>Merges already parsed files (outermost first) for the document at <paramref name="fullPath"/>.</summary>
    public static AnalyzerOptions Merge(IEnumerable<EditorConfigFile> outermostFirst, string fullPath)
    {
        var values = ImmutableDictionary.CreateBuilder<string, ConfiguredValue>(StringComparer.OrdinalIgnoreCase);
        var severities = ImmutableDictionary.CreateBuilder<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);
        var problems = ImmutableArray.CreateBuilder<ConfigurationProblem>();
        foreach (var file in outermostFirst)
        {
            problems.AddRange(file.Problems);
            var relative = Path.GetRelativePath(file.Directory, fullPath).Replace('\\', '/');
            foreach (var section in file.Sections)
            {
                if (!section.Matcher.IsMatch(relative)) continue;
                foreach (var (key, value) in section.Properties)
                {
                    if (key.StartsWith(SeverityKeyPrefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(".severity", StringComparison.OrdinalIgnoreCase))
                    {
                        // "closelint_diagnostic.severity" both starts and ends the key: it names no rule.
                        var id = key.Length > SeverityKeyPrefix.Length + ".severity".Length
                            ? key[SeverityKeyPrefix.Length..^".severity".Length].ToUpperInvariant()
                            : string.Empty;
                        if (id.Length == 0) problems.Add(new ConfigurationProblem(file.Path, 0,
                            $"'{key}' in [{section.Glob}] names no rule; write closelint_diagnostic.CL0002.severity"));
                        else if (ReportDiagnosticNames.TryParse(value, out var report)) severities[id] = report;
                        else problems.Add(new ConfigurationProblem(file.Path, 0,
                            $"'{key}' in [{section.Glob}] has severity '{value}'; use none, silent, suggestion, warning or error"));
                    }
                    else if (key.StartsWith(OptionKeyPrefix, StringComparison.OrdinalIgnoreCase))
                    {
                        values[key] = new ConfiguredValue(value, file.Directory);
                    }
                }
            }
        }

        return new AnalyzerOptions(values.ToImmutable(), severities.ToImmutable(), problems.ToImmutable());
    }

    private EditorConfigFile? Load(string path)
    {
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists) return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }

        var stamp = info.LastWriteTimeUtc;
        if (_cache.TryGetValue(path, out var cached) && cached.Stamp == stamp && cached.Length == info.Length) return cached.File;

        EditorConfigFile file;
        try
        {
            // Only a regular file is opened: a FIFO would block this thread until something writes to it, and a
            // device such as /dev/zero (through a link) never ends.
            var kind = FileKinds.Of(path);
            if (kind.MustNotBeOpened())
                file = EditorConfigFile.Parse(string.Empty, path).WithProblem($"is not a regular file ({kind.Describe()}), so it was not opened; settings are read only from a regular file");
            else if (info.Length > EditorConfigFile.MaxLength)
                file = EditorConfigFile.Parse(string.Empty, path).WithProblem($"file is {info.Length:N0} bytes; the limit is {EditorConfigFile.MaxLength:N0}, so it was ignored");
            else
                file = EditorConfigFile.Parse(File.ReadAllText(path), path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            file = EditorConfigFile.Parse(string.Empty, path).WithProblem($"cannot be read: {ex.Message}");
        }

        _cache[path] = (stamp, info.Length, file);
        return file;
    }
}
