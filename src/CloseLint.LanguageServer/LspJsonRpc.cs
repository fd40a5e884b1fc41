using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace CloseLint.LanguageServer;

/// <summary>
/// StreamJsonRpc with LSP's error codes: parameters that do not fit the method's types answer InvalidParams
/// (−32602) with a short message, where StreamJsonRpc would answer a generic −32000 with a stack trace.
/// </summary>
internal sealed class LspJsonRpc(IJsonRpcMessageHandler handler) : JsonRpc(handler)
{
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is JsonException json)
                return new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.InvalidParams, Message = $"Invalid params for {request.Method}: {json.Message}" };
        }

        return base.CreateErrorDetails(request, exception);
    }
}
