namespace CloseLint;

/// <summary>Reads the structure of a .NET regex source: its top-level alternatives and where groups and classes end.</summary>
internal static class RegexSource
{
    /// <summary>Splits a pattern at the <c>|</c> signs outside any group or character class.</summary>
    public static List<string> SplitTopLevel(string source)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = NextStructural(source, 0); i >= 0; i = NextStructural(source, i + 1))
        {
            switch (source[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    parts.Add(source[start..i]);
                    start = i + 1;
                    break;
            }
        }

        parts.Add(source[start..]);
        return parts;
    }

    /// <summary>The index of the <c>)</c> that closes the group opened at <paramref name="open"/>, or -1.</summary>
    public static int FindGroupEnd(string source, int open)
    {
        var depth = 0;
        for (var i = NextStructural(source, open); i >= 0; i = NextStructural(source, i + 1))
        {
            if (source[i] == '(') depth++;
            else if (source[i] == ')' && --depth == 0) return i;
        }

        return -1;
    }

    /// <summary>The index of the <c>]</c> that closes the class opened at <paramref name="open"/> (a <c>]</c> right after it is literal).</summary>
    public static int FindClassEnd(string source, int open)
    {
        for (var i = open + 1; i < source.Length; i++)
        {
            if (source[i] == '\\') i++;
            else if (source[i] == ']' && i > open + 1) return i;
        }

        return source.Length - 1;
    }

    /// <summary>The next <c>(</c>, <c>)</c> or <c>|</c> at or after <paramref name="index"/> outside escapes and classes, or -1.</summary>
    private static int NextStructural(string source, int index)
    {
        for (var i = index; i < source.Length; i++)
        {
            switch (source[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = FindClassEnd(source, i);
                    break;
                case '(' or ')' or '|':
                    return i;
            }
        }

        return -1;
    }
}
