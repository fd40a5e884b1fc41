namespace CloseLint.LanguageServer.Protocol;

/// <summary>Just a document (the parameters of <c>textDocument/codeLens</c>).</summary>
internal sealed record TextDocumentParams(TextDocumentIdentifier TextDocument);
