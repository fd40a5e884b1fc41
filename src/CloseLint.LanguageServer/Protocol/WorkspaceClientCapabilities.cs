namespace CloseLint.LanguageServer.Protocol;

/// <summary>Workspace capabilities.</summary>
internal sealed record WorkspaceClientCapabilities(
    bool? Configuration,
    WorkspaceEditClientCapabilities? WorkspaceEdit,
    RefreshClientCapabilities? Diagnostics,
    RefreshClientCapabilities? InlayHint,
    RefreshClientCapabilities? CodeLens);
