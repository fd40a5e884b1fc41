namespace CloseLint.LanguageServer.Protocol;

/// <summary>Names a document and the version of it an edit or a message refers to (null: the file on disk).</summary>
internal sealed record VersionedTextDocumentIdentifier(string Uri, int? Version);
