using System.Diagnostics.CodeAnalysis;
using StreamJsonRpc;

namespace CloseLint.LanguageServer;

/// <summary>Sends to the client over StreamJsonRpc, always with named parameters (VS Code rejects positional ones).</summary>
/// <remarks>
/// StreamJsonRpc marks the untyped parameter object as unsafe for trimming because it is serialized by its runtime
/// type; the connection's formatter resolves every type through the source-generated protocol context (see
/// <see cref="Protocol.LspJson"/>), so a parameter type the context lacks fails in the tests, not by reflection.
/// </remarks>
[UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Parameters are serialized through LspJsonContext only.")]
internal sealed class JsonRpcLanguageClient(JsonRpc rpc) : ILanguageClient
{
    public Task NotifyAsync(string method, object parameters) => rpc.NotifyWithParameterObjectAsync(method, parameters);

    public Task<TResult> RequestAsync<TResult>(string method, object? parameters, CancellationToken cancellationToken) =>
        rpc.InvokeWithParameterObjectAsync<TResult>(method, parameters, cancellationToken);
}
