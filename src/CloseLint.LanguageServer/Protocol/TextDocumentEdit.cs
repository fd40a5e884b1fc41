using System.Collections.Immutable;

namespace CloseLint.LanguageServer.Protocol;

/// <summary>Edits to one version of one document.</summary>
internal sealed record TextDocumentEdit(VersionedTextDocumentIdentifier TextDocument, ImmutableArray<TextEdit> Edits);
