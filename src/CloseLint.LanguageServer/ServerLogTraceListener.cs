using System.Diagnostics;

namespace CloseLint.LanguageServer;

/// <summary>Sends StreamJsonRpc's own warnings (bad parameters, failed dispatch) to the server log's local writer.</summary>
internal sealed class ServerLogTraceListener(ServerLog log) : TraceListener
{
    public override void Write(string? message)
    {
    }

    public override void WriteLine(string? message)
    {
        if (!string.IsNullOrWhiteSpace(message)) log.Debug("rpc: " + message);
    }
}
