namespace CloseLint.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/didClose</c>.</summary>
internal sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);
