namespace CloseLint.LanguageServer.Protocol;

/// <summary>A document and a range in it (the parameters of <c>textDocument/inlayHint</c>).</summary>
internal sealed record TextDocumentRangeParams(TextDocumentIdentifier TextDocument, LspRange? Range);
