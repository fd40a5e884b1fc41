using DiffPlex.Renderer;

namespace CloseLint.Cli.Fixing;

/// <summary>Unified diffs of what <c>--fix</c> would change (<c>--fix --dry-run</c>).</summary>
internal static class UnifiedDiff
{
    /// <summary>The diff of one file, with <c>a/</c> and <c>b/</c> headers as git writes them; empty when nothing changed.</summary>
    public static string Create(string path, string before, string after)
    {
        if (string.Equals(before, after, StringComparison.Ordinal)) return string.Empty;
        // DiffPlex reads a final line break as one more, empty line; git does not show it, and neither do we.
        if (before.EndsWith('\n') && after.EndsWith('\n'))
        {
            before = before[..^1];
            after = after[..^1];
        }

        var diff = UnidiffRenderer.Instance.Generate(before, after, "a/" + path, "b/" + path, ignoreWhitespace: false, ignoreCase: false);
        return diff.EndsWith('\n') ? diff : diff + "\n";
    }
}
