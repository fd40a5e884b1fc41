using CloseLint.Syntax;

namespace CloseLint.LanguageServer.Documents;

/// <summary>Turns <c>file:</c> URIs into local paths and back. Other schemes (<c>untitled:</c>) have no path.</summary>
internal static class DocumentUris
{
    public static string? ToFilePath(string? uri)
    {
        if (string.IsNullOrEmpty(uri) || !uri.StartsWith("file:", StringComparison.OrdinalIgnoreCase)) return null;
        try
        {
            var parsed = new Uri(uri);
            return parsed.IsFile ? parsed.LocalPath : null;
        }
        catch (UriFormatException)
        {
            return null;
        }
    }

    public static string FromFilePath(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    /// <summary>Markdown for Markdown file names, or for a path-less document the client calls <c>markdown</c>.</summary>
    public static ScriptFormat GetFormat(string? path, string? languageId)
    {
        var extension = Path.GetExtension(path ?? string.Empty);
        if (extension.Length > 0) return ScriptFormats.FromPath(path);
        return string.Equals(languageId, "markdown", StringComparison.OrdinalIgnoreCase) ? ScriptFormat.Markdown : ScriptFormat.PlainText;
    }
}
