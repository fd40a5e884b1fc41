namespace CloseLint.LanguageServer.Protocol;

/// <summary>A document and a position in it (the parameters of <c>textDocument/hover</c>).</summary>
internal sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, LspPosition Position);
