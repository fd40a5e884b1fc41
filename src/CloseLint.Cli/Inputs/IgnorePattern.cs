using System.Text;
using System.Text.RegularExpressions;

namespace CloseLint.Cli.Inputs;

/// <summary>
/// One line of a <c>.closelintignore</c> file, read as <c>.gitignore</c> reads it: <c>*</c>, <c>?</c>, <c>[abc]</c>
/// and <c>**</c>; a leading <c>!</c> re-includes; a trailing <c>/</c> matches folders only; a pattern with a
/// <c>/</c> before its end is anchored to the ignore file's folder, one without matches at any depth.
/// </summary>
internal sealed class IgnorePattern
{
    private readonly Regex _regex;

    private IgnorePattern(Regex regex, bool negated, bool directoryOnly)
    {
        _regex = regex;
        Negated = negated;
        DirectoryOnly = directoryOnly;
    }

    /// <summary>True for a <c>!pattern</c> that re-includes.</summary>
    public bool Negated { get; }

    /// <summary>True for a <c>pattern/</c> that matches folders only.</summary>
    public bool DirectoryOnly { get; }

    /// <summary>Reads one line, or returns null for a blank line or a comment.</summary>
    public static IgnorePattern? Parse(string line)
    {
        var text = line.TrimEnd('\r');
        while (text.EndsWith(' ') && !text.EndsWith("\\ ", StringComparison.Ordinal)) text = text[..^1];
        if (text.Length == 0 || text[0] == '#') return null;

        var negated = false;
        if (text[0] == '!')
        {
            negated = true;
            text = text[1..];
        }
        else if (text.StartsWith("\\!", StringComparison.Ordinal) || text.StartsWith("\\#", StringComparison.Ordinal))
        {
            text = text[1..];
        }

        var directoryOnly = text.EndsWith('/');
        text = text.TrimEnd('/');
        if (text.Length == 0) return null;

        var anchored = text.Contains('/');
        text = text.TrimStart('/');
        var pattern = new StringBuilder("^");
        if (!anchored) pattern.Append("(?:.*/)?");
        AppendGlob(pattern, text);
        pattern.Append('$');
        return new IgnorePattern(new Regex(pattern.ToString(), RegexOptions.CultureInvariant), negated, directoryOnly);
    }

    /// <summary>True when the pattern matches <paramref name="relativePath"/> (with <c>/</c>, relative to the ignore file).</summary>
    public bool IsMatch(string relativePath, bool isDirectory) =>
        (isDirectory || !DirectoryOnly) && _regex.IsMatch(relativePath);

    private static void AppendGlob(StringBuilder pattern, string glob)
    {
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            switch (c)
            {
                case '*' when i + 1 < glob.Length && glob[i + 1] == '*':
                    var slashAfter = i + 2 < glob.Length && glob[i + 2] == '/';
                    pattern.Append(slashAfter ? "(?:.*/)?" : ".*");
                    i += slashAfter ? 2 : 1;
                    break;
                case '*':
                    pattern.Append("[^/]*");
                    break;
                case '?':
                    pattern.Append("[^/]");
                    break;
                case '[':
                    var close = glob.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        pattern.Append("\\[");
                        break;
                    }

                    var set = glob[(i + 1)..close];
                    pattern.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                    i = close;
                    break;
                case '\\' when i + 1 < glob.Length:
                    pattern.Append(Regex.Escape(glob[++i].ToString()));
                    break;
                default:
                    pattern.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
    }
}
