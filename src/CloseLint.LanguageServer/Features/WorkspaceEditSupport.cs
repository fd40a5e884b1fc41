namespace CloseLint.LanguageServer.Features;

/// <summary>What the client's workspace edits may hold.</summary>
/// <param name="DocumentChanges">Versioned edits in <c>documentChanges</c>.</param>
/// <param name="CreateFiles">The <c>create</c> resource operation.</param>
internal sealed record WorkspaceEditSupport(bool DocumentChanges, bool CreateFiles);
