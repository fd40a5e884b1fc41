namespace CloseLint.LanguageServer.Protocol;

/// <summary>Names a document by its verbatim URI.</summary>
internal sealed record TextDocumentIdentifier(string Uri);
