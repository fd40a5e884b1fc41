using System.Collections.Concurrent;
using System.Collections.Immutable;
using CloseLint.LanguageServer.Protocol;
using CloseLint.Text;

namespace CloseLint.LanguageServer.Documents;

/// <summary>The open documents by URI. Each change replaces a snapshot; snapshots are never mutated.</summary>
internal sealed class DocumentStore
{
    private readonly ConcurrentDictionary<string, DocumentSnapshot> _documents = new(StringComparer.Ordinal);

    public int Count => _documents.Count;

    public ImmutableArray<DocumentSnapshot> All => [.. _documents.Values];

    public DocumentSnapshot Open(TextDocumentItem item)
    {
        var path = DocumentUris.ToFilePath(item.Uri);
        var snapshot = new DocumentSnapshot(item.Uri, path, DocumentUris.GetFormat(path, item.LanguageId), item.Version, SourceText.From(item.Text ?? string.Empty));
        _documents[item.Uri] = snapshot;
        return snapshot;
    }

    public bool TryGet(string uri, out DocumentSnapshot snapshot) => _documents.TryGetValue(uri, out snapshot!);

    public DocumentSnapshot? Get(string uri) => _documents.TryGetValue(uri, out var snapshot) ? snapshot : null;

    /// <summary>Applies LSP changes in order, each to the result of the one before; a change without a range replaces the text.</summary>
    public DocumentSnapshot Change(DocumentSnapshot current, int version, IEnumerable<TextDocumentContentChangeEvent> changes, ProtocolConversions conversions)
    {
        var text = current.Text;
        foreach (var change in changes)
        {
            var newText = change.Text ?? string.Empty;
            text = change.Range is null
                ? SourceText.From(newText)
                : text.WithChanges(new TextChange(conversions.GetSpan(text, change.Range), newText));
        }

        var updated = current with { Version = version, Text = text };
        _documents[current.Uri] = updated;
        return updated;
    }

    public bool Close(string uri) => _documents.TryRemove(uri, out _);
}
