namespace CloseLint.LanguageServer.Protocol;

/// <summary>The client capabilities CloseLint looks at.</summary>
internal sealed record ClientCapabilities(
    WorkspaceClientCapabilities? Workspace,
    TextDocumentClientCapabilities? TextDocument,
    GeneralClientCapabilities? General);
