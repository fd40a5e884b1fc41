using System.Text.Json;

namespace CloseLint.LanguageServer.Protocol;

/// <summary>The parameters of <c>workspace/didChangeConfiguration</c>; the settings' shape is the client's.</summary>
internal sealed record DidChangeConfigurationParams(JsonElement? Settings);
