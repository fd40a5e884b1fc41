namespace CloseLint.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/codeAction</c>.</summary>
internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, LspRange Range, CodeActionContext? Context);
