using System.Collections.Immutable;

namespace CloseLint.Configuration;

/// <summary>
/// One parsed <c>.editorconfig</c> file. Lines that cannot be read become <see cref="Problems"/> with their line
/// numbers; the rest of the file still applies.
/// </summary>
public sealed class EditorConfigFile
{
    /// <summary>Files larger than this are not read (a configuration file is small; a huge one is a mistake).</summary>
    public const int MaxLength = 1 << 20;

    private EditorConfigFile(string path, bool isRoot, ImmutableArray<EditorConfigSection> sections, ImmutableArray<Analysis.ConfigurationProblem> problems)
    {
        Path = path;
        IsRoot = isRoot;
        Sections = sections;
        Problems = problems;
    }

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    /// <summary>The folder its globs are relative to.</summary>
    public string Directory => System.IO.Path.GetDirectoryName(Path) ?? string.Empty;

    /// <summary>True when <c>root = true</c> stops the search for parent files.</summary>
    public bool IsRoot { get; }

    /// <summary>The sections in file order.</summary>
    public ImmutableArray<EditorConfigSection> Sections { get; }

    /// <summary>Lines that could not be read.</summary>
    public ImmutableArray<Analysis.ConfigurationProblem> Problems { get; }

    /// <summary>Parses the text of a file at <paramref name="path"/>.</summary>
    public static EditorConfigFile Parse(string text, string path)
    {
        var problems = ImmutableArray.CreateBuilder<Analysis.ConfigurationProblem>();
        var sections = ImmutableArray.CreateBuilder<EditorConfigSection>();
        var isRoot = false;
        string? glob = null;
        var properties = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        var lineNumber = 0;

        void CloseSection()
        {
            if (glob is not null)
            {
                if (EditorConfigGlob.TryCreate(glob, out var matcher, out var error))
                    sections.Add(new EditorConfigSection(glob, matcher!, properties.ToImmutable()));
                else problems.Add(new Analysis.ConfigurationProblem(path, lineNumber, error!));
            }

            properties.Clear();
        }

        var sectionLine = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim().TrimEnd('\r').Trim();
            if (line.Length == 0 || line[0] is '#' or ';') continue;
            if (line[0] == '[')
            {
                var close = line.LastIndexOf(']');
                if (close < 1)
                {
                    problems.Add(new Analysis.ConfigurationProblem(path, lineNumber, $"section header '{Shorten(line)}' has no closing ']'"));
                    continue;
                }

                var saved = lineNumber;
                lineNumber = sectionLine;
                CloseSection();
                lineNumber = saved;
                sectionLine = lineNumber;
                glob = line[1..close].Trim();
                continue;
            }

            var equals = line.IndexOfAny(['=', ':']);
            if (equals <= 0)
            {
                problems.Add(new Analysis.ConfigurationProblem(path, lineNumber, $"expected 'key = value' but found '{Shorten(line)}'"));
                continue;
            }

            var key = line[..equals].Trim().ToLowerInvariant();
            var value = StripInlineComment(line[(equals + 1)..]).Trim();
            if (glob is null)
            {
                if (key == "root") isRoot = value.Equals("true", StringComparison.OrdinalIgnoreCase);
                continue;
            }

            properties[key] = value;
        }

        lineNumber = sectionLine;
        CloseSection();
        return new EditorConfigFile(path, isRoot, sections.DrainToImmutable(), problems.DrainToImmutable());
    }

    /// <summary>The same file with one more problem.</summary>
    internal EditorConfigFile WithProblem(string message) =>
        new(Path, IsRoot, Sections, Problems.Add(new Analysis.ConfigurationProblem(Path, 0, message)));

    private static string StripInlineComment(string value)
    {
        for (var i = 1; i < value.Length; i++)
            if (value[i] is '#' or ';' && char.IsWhiteSpace(value[i - 1])) return value[..i];
        return value;
    }

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..57] + "...";
}

/// <summary>One <c>[glob]</c> section and its properties.</summary>
/// <param name="Glob">The section header.</param>
/// <param name="Matcher">Matches paths relative to the file's folder.</param>
/// <param name="Properties">Keys (lower case) and values.</param>
public sealed record EditorConfigSection(string Glob, EditorConfigGlob Matcher, ImmutableDictionary<string, string> Properties);
