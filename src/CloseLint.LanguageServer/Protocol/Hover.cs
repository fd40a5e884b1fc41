namespace CloseLint.LanguageServer.Protocol;

/// <summary>The answer to <c>textDocument/hover</c>.</summary>
internal sealed record Hover(MarkupContent Contents, LspRange? Range);
