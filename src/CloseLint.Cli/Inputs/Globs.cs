namespace CloseLint.Cli.Inputs;

/// <summary>Helpers for glob arguments: recognising them, splitting off their fixed folders, and expanding braces.</summary>
internal static class Globs
{
    /// <summary>True when <paramref name="text"/> has a glob character.</summary>
    public static bool IsGlob(string text) => text.AsSpan().IndexOfAny("*?[{") >= 0;

    /// <summary>Splits <c>worksheets/**/*.md</c> into the folder <c>worksheets</c> and the pattern <c>**/*.md</c>.</summary>
    public static (string BaseDirectory, string Pattern) Split(string glob)
    {
        var segments = glob.Replace('\\', '/').Split('/');
        var fixedCount = 0;
        while (fixedCount < segments.Length - 1 && !IsGlob(segments[fixedCount])) fixedCount++;
        var baseDirectory = string.Join('/', segments, 0, fixedCount);
        if (fixedCount == 1 && segments[0].Length == 0) baseDirectory = "/";
        return (baseDirectory, string.Join('/', segments, fixedCount, segments.Length - fixedCount));
    }

    /// <summary>Expands <c>*.{md,txt}</c> into <c>*.md</c> and <c>*.txt</c> (nested braces too).</summary>
    public static IEnumerable<string> ExpandBraces(string pattern)
    {
        var open = pattern.IndexOf('{');
        if (open < 0)
        {
            yield return pattern;
            yield break;
        }

        var depth = 0;
        var close = -1;
        var commas = new List<int>();
        for (var i = open; i < pattern.Length && close < 0; i++)
        {
            switch (pattern[i])
            {
                case '{': depth++; break;
                case '}' when --depth == 0: close = i; break;
                case ',' when depth == 1: commas.Add(i); break;
            }
        }

        if (close < 0)
        {
            yield return pattern;
            yield break;
        }

        var bounds = new List<int> { open };
        bounds.AddRange(commas);
        bounds.Add(close);
        for (var i = 0; i + 1 < bounds.Count; i++)
        {
            var choice = pattern[(bounds[i] + 1)..bounds[i + 1]];
            foreach (var expanded in ExpandBraces(pattern[..open] + choice + pattern[(close + 1)..])) yield return expanded;
        }
    }
}
