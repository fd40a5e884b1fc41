namespace CloseLint.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/didSave</c>.</summary>
internal sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text);
