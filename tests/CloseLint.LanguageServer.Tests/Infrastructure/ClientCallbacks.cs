using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using CloseLint.LanguageServer.Protocol;
using StreamJsonRpc;

namespace CloseLint.LanguageServer.Tests.Infrastructure;

/// <summary>What the test client answers and records when the server calls it.</summary>
public sealed class ClientCallbacks
{
    internal Channel<PublishDiagnosticsParams> Diagnostics { get; } = Channel.CreateUnbounded<PublishDiagnosticsParams>();

    internal Channel<ScriptStatsParams> ScriptStats { get; } = Channel.CreateUnbounded<ScriptStatsParams>();

    internal ConcurrentQueue<LogMessageParams> Logs { get; } = new();

    /// <summary>The <c>closelint</c> section answered to <c>workspace/configuration</c>.</summary>
    public JsonElement? Settings { get; set; }

    public int ConfigurationRequests => _configurationRequests;

    public int DiagnosticRefreshes => _diagnosticRefreshes;

    private int _configurationRequests;
    private int _diagnosticRefreshes;

    [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
    internal void PublishDiagnostics(PublishDiagnosticsParams parameters) => Diagnostics.Writer.TryWrite(parameters);

    [JsonRpcMethod("closelint/scriptStats", UseSingleObjectParameterDeserialization = true)]
    internal void OnScriptStats(ScriptStatsParams parameters) => ScriptStats.Writer.TryWrite(parameters);

    [JsonRpcMethod("window/logMessage", UseSingleObjectParameterDeserialization = true)]
    internal void LogMessage(LogMessageParams parameters) => Logs.Enqueue(parameters);

    [JsonRpcMethod("workspace/configuration", UseSingleObjectParameterDeserialization = true)]
    internal JsonElement?[] Configuration(ConfigurationParams parameters)
    {
        Interlocked.Increment(ref _configurationRequests);
        return [.. parameters.Items.Select(_ => Settings)];
    }

    [JsonRpcMethod("workspace/diagnostic/refresh")]
    internal object? DiagnosticRefresh()
    {
        Interlocked.Increment(ref _diagnosticRefreshes);
        return null;
    }
}
