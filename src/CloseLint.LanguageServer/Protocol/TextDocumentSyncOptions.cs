namespace CloseLint.LanguageServer.Protocol;

/// <summary>How documents are synced: <c>change</c> is 1 (full) or 2 (incremental).</summary>
internal sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);
