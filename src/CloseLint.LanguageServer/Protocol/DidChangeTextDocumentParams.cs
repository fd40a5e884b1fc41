using System.Collections.Immutable;

namespace CloseLint.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/didChange</c>: changes applied one after another.</summary>
internal sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, ImmutableArray<TextDocumentContentChangeEvent> ContentChanges);
