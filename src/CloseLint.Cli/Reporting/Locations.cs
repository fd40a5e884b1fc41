using CloseLint.Cli.Checking;

namespace CloseLint.Cli.Reporting;

/// <summary>How text reports name a place: <c>path(3,11)</c>, <c>path[row 3: ana](2,5)</c>, or <c>path(paragraph 3, character 11)</c>.</summary>
internal static class Locations
{
    /// <summary>The 1-based, user-facing location of <paramref name="finding"/> in <paramref name="script"/>.</summary>
    public static string Describe(ScriptReport script, Finding finding)
    {
        var line = finding.Range.Start.Line + 1;
        var character = finding.Range.Start.Character + 1;
        if (script.LinesAreParagraphs) return $"{script.Path}(paragraph {line}, character {character})";
        var record = script.RecordLabel is { } label ? $"[{label}]" : string.Empty;
        return $"{script.Path}{record}({line},{character})";
    }
}
