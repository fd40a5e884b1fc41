namespace CloseLint.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/didOpen</c>.</summary>
internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);
