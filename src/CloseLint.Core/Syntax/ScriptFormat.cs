namespace CloseLint.Syntax;

/// <summary>How a script's text is read.</summary>
public enum ScriptFormat
{
    /// <summary>Plain text: blank lines separate paragraphs; <c># Heading</c> and <c>Summary:</c> lines label sections.</summary>
    PlainText,

    /// <summary>CommonMark: only prose counts; code, front matter, HTML, quotes and link targets do not.</summary>
    Markdown,
}

/// <summary>Picks a <see cref="ScriptFormat"/> from a file name.</summary>
public static class ScriptFormats
{
    /// <summary>Markdown for <c>.md</c>, <c>.markdown</c> and <c>.mdx</c>; plain text otherwise.</summary>
    public static ScriptFormat FromPath(string? path)
    {
        var extension = Path.GetExtension(path ?? string.Empty);
        return extension.Equals(".md", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".mdx", StringComparison.OrdinalIgnoreCase)
            ? ScriptFormat.Markdown
            : ScriptFormat.PlainText;
    }
}
