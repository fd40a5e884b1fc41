using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using StreamJsonRpc;

namespace CloseLint.LanguageServer.Testing;

/// <summary>
/// What the test client answers and records when the server calls it. Messages are kept as JSON: the protocol's
/// types are internal to the server, and a test project that sees them converts with
/// <see cref="AbstractLspTestClient.FromJson{T}"/>.
/// </summary>
public sealed class ClientCallbacks
{
    private int _configurationRequests;
    private int _diagnosticRefreshes;

    /// <summary>Every <c>textDocument/publishDiagnostics</c>, in the order the server sent them.</summary>
    public Channel<JsonElement> Published { get; } = Channel.CreateUnbounded<JsonElement>();

    /// <summary>Every <c>closelint/scriptStats</c>, in the order the server sent them.</summary>
    public Channel<JsonElement> ScriptStats { get; } = Channel.CreateUnbounded<JsonElement>();

    public ConcurrentQueue<JsonElement> Logs { get; } = new();

    /// <summary>The <c>closelint</c> section answered to <c>workspace/configuration</c>.</summary>
    public JsonElement? Settings { get; set; }

    public int ConfigurationRequests => _configurationRequests;

    public int DiagnosticRefreshes => _diagnosticRefreshes;

    // StreamJsonRpc may reuse the buffer behind a parameter once the handler returns: what is kept is cloned.
    [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
    public void PublishDiagnostics(JsonElement parameters) => Published.Writer.TryWrite(parameters.Clone());

    [JsonRpcMethod("closelint/scriptStats", UseSingleObjectParameterDeserialization = true)]
    public void OnScriptStats(JsonElement parameters) => ScriptStats.Writer.TryWrite(parameters.Clone());

    [JsonRpcMethod("window/logMessage", UseSingleObjectParameterDeserialization = true)]
    public void LogMessage(JsonElement parameters) => Logs.Enqueue(parameters.Clone());

    [JsonRpcMethod("workspace/configuration", UseSingleObjectParameterDeserialization = true)]
    public JsonElement?[] Configuration(JsonElement parameters)
    {
        Interlocked.Increment(ref _configurationRequests);
        return [.. parameters.GetProperty("items").EnumerateArray().Select(_ => Settings)];
    }

    [JsonRpcMethod("workspace/diagnostic/refresh")]
    public object? DiagnosticRefresh()
    {
        Interlocked.Increment(ref _diagnosticRefreshes);
        return null;
    }
}
