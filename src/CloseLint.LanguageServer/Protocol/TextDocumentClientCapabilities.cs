using System.Text.Json;

namespace CloseLint.LanguageServer.Protocol;

/// <summary>Text document capabilities; a present <see cref="Diagnostic"/> means the client pulls diagnostics.</summary>
internal sealed record TextDocumentClientCapabilities(JsonElement? Diagnostic);
