using System.Text.Json;

namespace CloseLint.LanguageServer.Protocol;

/// <summary>The parameters of <c>workspace/didChangeWatchedFiles</c> (read only as a signal).</summary>
internal sealed record DidChangeWatchedFilesParams(JsonElement? Changes);
