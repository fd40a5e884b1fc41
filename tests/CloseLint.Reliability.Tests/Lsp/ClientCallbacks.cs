using System.Text.Json;
using System.Threading.Channels;
using StreamJsonRpc;

namespace CloseLint.Reliability.Tests.Lsp;

/// <summary>What the client answers when the server calls it.</summary>
internal sealed class ClientCallbacks
{
    public Channel<JsonElement> Published { get; } = Channel.CreateUnbounded<JsonElement>();

    [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
    public void PublishDiagnostics(JsonElement parameters) => Published.Writer.TryWrite(parameters.Clone());

    [JsonRpcMethod("window/logMessage", UseSingleObjectParameterDeserialization = true)]
    public void LogMessage(JsonElement parameters)
    {
    }

    [JsonRpcMethod("closelint/scriptStats", UseSingleObjectParameterDeserialization = true)]
    public void ScriptStats(JsonElement parameters)
    {
    }
}
