using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace CloseLint.LanguageServer.Protocol;

/// <summary>
/// Changes to documents: either <see cref="Changes"/> (edits by URI) or <see cref="DocumentChanges"/> (edits and file
/// operations in order, which a client supports only when it says so).
/// </summary>
internal sealed record WorkspaceEdit
{
    /// <summary>Edits by document URI.</summary>
    public ImmutableDictionary<string, ImmutableArray<TextEdit>>? Changes { get; init; }

    /// <summary><see cref="TextDocumentEdit"/>s and <see cref="CreateFile"/>s, applied in order.</summary>
    [JsonPropertyName("documentChanges")]
    public ImmutableArray<object>? DocumentChanges { get; init; }
}
