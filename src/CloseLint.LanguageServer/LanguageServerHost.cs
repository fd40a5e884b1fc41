using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using CloseLint.LanguageServer.Protocol;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace CloseLint.LanguageServer;

/// <summary>
/// Starts the language server on a pair of streams; the only code that touches the transport. <c>closelint lsp</c>
/// calls <see cref="RunStdioAsync"/>.
/// </summary>
public static class LanguageServerHost
{
    /// <summary>
    /// Serves LSP on stdin/stdout until <c>exit</c>, the end of the input (after answering the requests already read,
    /// for at most <see cref="LanguageServerOptions.AnswerTimeoutAfterInputEnds"/>), or the client process's death. Anything
    /// written to <see cref="Console.Out"/> afterwards goes to stderr, so stray writes cannot corrupt the protocol.
    /// </summary>
    /// <returns>0 after <c>shutdown</c> then <c>exit</c>; 1 otherwise.</returns>
    public static Task<int> RunStdioAsync(LanguageServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        Stream output = Console.OpenStandardOutput(), input = Console.OpenStandardInput();
        var stderr = Console.Error;
        Console.SetOut(stderr);
        return RunAsync(input, output, options with { LogWriter = options.LogWriter ?? stderr }, cancellationToken);
    }

    /// <summary>Serves LSP on <paramref name="input"/> and <paramref name="output"/> until the server exits.</summary>
    /// <returns>The exit code: 0 after <c>shutdown</c> then <c>exit</c>; 1 otherwise.</returns>
    public static async Task<int> RunAsync(Stream input, Stream output, LanguageServerOptions options, CancellationToken cancellationToken = default)
    {
        using var connection = Start(input, output, options);
        return await connection.Lifetime.WaitForExitAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Connects a server to the streams and starts listening.</summary>
    // StreamJsonRpc reads the handlers' Task<T> results through generic types closed at run time; every T is a return
    // type of a CloseLintServer method, so a native build has those instantiations compiled (its LSP clients run in CI).
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Handler result types are compiled in; checked by the native build's client tests.")]
    internal static LanguageServerConnection Start(Stream input, Stream output, LanguageServerOptions options)
    {
        var log = new ServerLog(options.LogWriter ?? Console.Error, options.TimeProvider);
        if (options.WarmUp) CloseLintServer.StartWarmUp(options, log);
        var handler = new LspMessageHandler(output, input, LspJson.CreateFormatter(), log.Warning)
        {
            AnswerTimeout = options.AnswerTimeoutAfterInputEnds,
            TimeProvider = options.TimeProvider,
        };
        var rpc = new LspJsonRpc(handler)
        {
            ExceptionStrategy = ExceptionProcessing.CommonErrorData,
            // In order until a handler yields: document changes are applied as they arrived.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
        };
        rpc.TraceSource = new TraceSource("closelint-lsp", SourceLevels.Warning);
        rpc.TraceSource.Listeners.Clear();
        rpc.TraceSource.Listeners.Add(new ServerLogTraceListener(log));

        var client = new JsonRpcLanguageClient(rpc);
        var server = new CloseLintServer(options, client, log);
        rpc.AddLocalRpcTarget(RpcTargetMetadata.FromClass(typeof(CloseLintServer)), server, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        rpc.Disconnected += (_, e) =>
        {
            if (!server.Lifetime.HasExited) log.Debug($"the client disconnected: {e.Reason} {e.Description}");
            server.Lifetime.Disconnected();
        };
        log.Client = client;
        rpc.StartListening();
        return new LanguageServerConnection(rpc, server);
    }
}
