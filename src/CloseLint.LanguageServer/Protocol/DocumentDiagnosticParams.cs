namespace CloseLint.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/diagnostic</c> (pull diagnostics).</summary>
internal sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument, string? Identifier, string? PreviousResultId);
