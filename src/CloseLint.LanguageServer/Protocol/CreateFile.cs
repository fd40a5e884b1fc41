using System.Text.Json.Serialization;

namespace CloseLint.LanguageServer.Protocol;

/// <summary>Creates a file (a resource operation of a <see cref="WorkspaceEdit"/>).</summary>
internal sealed record CreateFile(string Uri, CreateFileOptions? Options)
{
    /// <summary>Always <c>create</c>.</summary>
    [JsonPropertyOrder(-1)]
    public string Kind => "create";
}
