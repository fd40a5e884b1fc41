namespace CloseLint.LanguageServer.Protocol;

/// <summary>An opened document's URI, language, version and text.</summary>
internal sealed record TextDocumentItem(string Uri, string? LanguageId, int Version, string Text);
