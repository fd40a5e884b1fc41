using StreamJsonRpc;

namespace CloseLint.LanguageServer;

/// <summary>Sends to the client over StreamJsonRpc, always with named parameters (VS Code rejects positional ones).</summary>
internal sealed class JsonRpcLanguageClient(JsonRpc rpc) : ILanguageClient
{
    public Task NotifyAsync(string method, object parameters) => rpc.NotifyWithParameterObjectAsync(method, parameters);

    public Task<TResult> RequestAsync<TResult>(string method, object? parameters, CancellationToken cancellationToken) =>
        rpc.InvokeWithParameterObjectAsync<TResult>(method, parameters, cancellationToken);
}
