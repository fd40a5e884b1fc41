namespace CloseLint.LanguageServer.Protocol;

/// <summary>Text in <c>markdown</c> or <c>plaintext</c>.</summary>
internal sealed record MarkupContent(string Kind, string Value)
{
    /// <summary>Markdown text.</summary>
    public static MarkupContent Markdown(string value) => new("markdown", value);
}
