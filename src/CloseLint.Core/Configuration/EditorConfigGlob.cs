using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace CloseLint.Configuration;

/// <summary>
/// An EditorConfig section glob: <c>*</c>, <c>**</c>, <c>?</c>, <c>[abc]</c>, <c>[!abc]</c>, <c>{a,b}</c> and
/// <c>{1..3}</c>. A glob without <c>/</c> matches a file name in any folder. Matching never backtracks.
/// Building the non-backtracking matcher costs about half a millisecond, so globs are shared process-wide by pattern
/// (the same <c>[*.md]</c> in a thousand folders' files is built once); the share is capped so hostile files cannot grow it.
/// </summary>
public sealed class EditorConfigGlob
{
    private const int MaxShared = 128;
    private static readonly ConcurrentDictionary<string, EditorConfigGlob> Shared = new(StringComparer.Ordinal);
    private readonly Regex _regex;

    private EditorConfigGlob(string pattern, Regex regex)
    {
        Pattern = pattern;
        _regex = regex;
    }

    /// <summary>The glob as written.</summary>
    public string Pattern { get; }

    /// <summary>Compiles a glob, or says why it cannot.</summary>
    public static bool TryCreate(string pattern, out EditorConfigGlob? glob, out string? error)
    {
        glob = null;
        error = null;
        if (pattern.Length == 0 || pattern.Length > 4096)
        {
            error = "section glob is empty or too long";
            return false;
        }

        if (Shared.TryGetValue(pattern, out glob)) return true;
        var builder = new StringBuilder("^");
        var body = pattern.Replace('\\', '/');
        if (!body.Contains('/')) builder.Append("(?:.*/)?");
        else if (body.StartsWith('/')) body = body[1..];

        var i = 0;
        if (!TryTranslate(body, ref i, builder, inBraces: false, out error)) return false;
        builder.Append('$');
        if (builder.Length > MaxRegexLength)
        {
            // Numeric ranges expand to alternatives; many of them make a matcher too large to build quickly.
            error = $"section glob '{Shorten(pattern)}' expands to too many alternatives";
            return false;
        }

        try
        {
            glob = new EditorConfigGlob(pattern, new Regex(builder.ToString(), RegexOptions.NonBacktracking | RegexOptions.CultureInvariant));
            if (Shared.Count < MaxShared) Shared.TryAdd(pattern, glob);
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // NotSupportedException: the non-backtracking automaton would exceed its size limit.
            error = $"section glob '{Shorten(pattern)}' is not valid: {ex.Message}";
            return false;
        }
    }

    private const int MaxRegexLength = 20_000;

    private static string Shorten(string pattern) => pattern.Length <= 60 ? pattern : pattern[..57] + "...";

    /// <summary>True when <paramref name="relativePath"/> (with <c>/</c> separators) matches.</summary>
    public bool IsMatch(string relativePath) => _regex.IsMatch(relativePath.Replace('\\', '/'));

    private static bool TryTranslate(string glob, ref int i, StringBuilder builder, bool inBraces, out string? error)
    {
        error = null;
        while (i < glob.Length)
        {
            var c = glob[i];
            switch (c)
            {
                case '*' when i + 1 < glob.Length && glob[i + 1] == '*':
                    builder.Append(".*");
                    i += 2;
                    continue;
                case '*':
                    builder.Append("[^/]*");
                    break;
                case '?':
                    builder.Append("[^/]");
                    break;
                case '[':
                    var close = glob.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        builder.Append("\\[");
                        break;
                    }

                    var set = glob[(i + 1)..close];
                    var negate = set.StartsWith('!') || set.StartsWith('^');
                    if (negate) set = set[1..];
                    builder.Append(negate ? "[^" : "[").Append(set.Replace("\\", "\\\\").Replace("[", "\\[")).Append(']');
                    i = close + 1;
                    continue;
                case '{':
                    var end = FindClosingBrace(glob, i);
                    if (end < 0)
                    {
                        builder.Append("\\{");
                        break;
                    }

                    var inner = glob[(i + 1)..end];
                    if (TryNumericRange(inner, builder))
                    {
                        i = end + 1;
                        continue;
                    }

                    builder.Append("(?:");
                    var j = i + 1;
                    if (!TryTranslate(glob[..end], ref j, builder, inBraces: true, out error)) return false;
                    builder.Append(')');
                    i = end + 1;
                    continue;
                case ',' when inBraces:
                    builder.Append('|');
                    break;
                case '\\' when i + 1 < glob.Length:
                    builder.Append(Regex.Escape(glob[i + 1].ToString()));
                    i += 2;
                    continue;
                default:
                    builder.Append(Regex.Escape(c.ToString()));
                    break;
            }

            i++;
        }

        return true;
    }

    private static int FindClosingBrace(string glob, int open)
    {
        var depth = 0;
        for (var i = open; i < glob.Length; i++)
        {
            if (glob[i] == '{') depth++;
            else if (glob[i] == '}' && --depth == 0) return i;
        }

        return -1;
    }

    private static bool TryNumericRange(string inner, StringBuilder builder)
    {
        var parts = inner.Split("..");
        if (parts.Length != 2 || !int.TryParse(parts[0], out var from) || !int.TryParse(parts[1], out var to)) return false;
        if (from > to) (from, to) = (to, from);
        if ((long)to - from > 1000)
        {
            builder.Append("-?[0-9]+");
            return true;
        }

        builder.Append("(?:").AppendJoin('|', Enumerable.Range(from, to - from + 1)).Append(')');
        return true;
    }
}
