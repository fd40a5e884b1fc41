using StreamJsonRpc;

namespace CloseLint.LanguageServer;

/// <summary>A running server and its connection; disposing closes the connection.</summary>
internal sealed class LanguageServerConnection(JsonRpc rpc, CloseLintServer server) : IDisposable
{
    public JsonRpc Rpc { get; } = rpc;

    public CloseLintServer Server { get; } = server;

    public ServerLifetime Lifetime => Server.Lifetime;

    public void Dispose() => Rpc.Dispose();
}
