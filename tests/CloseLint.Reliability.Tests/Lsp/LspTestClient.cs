using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Channels;
using CloseLint.LanguageServer;
using CloseLint.LanguageServer.Protocol;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace CloseLint.Reliability.Tests.Lsp;

/// <summary>
/// A small LSP client connected to a whole in-process server (<see cref="LanguageServerHost.RunAsync"/>) over a
/// full-duplex stream. Pushed diagnostics go to a channel; every wait has a timeout.
/// </summary>
internal sealed class LspTestClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly JsonRpc _rpc;
    private readonly CancellationTokenSource _stop = new();

    private LspTestClient(LanguageServerOptions options)
    {
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        Server = LanguageServerHost.RunAsync(serverStream, serverStream, options, _stop.Token);
        _rpc = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, LspJson.CreateFormatter(new DefaultJsonTypeInfoResolver())));
        _rpc.AddLocalRpcTarget(Callbacks, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        _rpc.StartListening();
    }

    public Task<int> Server { get; }

    public ClientCallbacks Callbacks { get; } = new();

    /// <summary>A server after <c>initialize</c> and <c>initialized</c>; <paramref name="pull"/> declares pull diagnostics.</summary>
    public static async Task<LspTestClient> StartAsync(LanguageServerOptions options, bool pull)
    {
        var client = new LspTestClient(options with { LogWriter = TextWriter.Null, RuleDocumentation = _ => null });
        object capabilities = pull ? new { textDocument = new { diagnostic = new { } } } : new { };
        await client.RequestAsync("initialize", new { processId = (int?)null, capabilities });
        await client.NotifyAsync("initialized", new { });
        return client;
    }

    public Task<JsonElement> RequestAsync(string method, object? parameters, CancellationToken cancellationToken = default) =>
        _rpc.InvokeWithParameterObjectAsync<JsonElement>(method, parameters, cancellationToken).WaitAsync(Timeout, cancellationToken);

    public Task NotifyAsync(string method, object? parameters) => _rpc.NotifyWithParameterObjectAsync(method, parameters);

    public Task OpenAsync(string uri, string text, int version = 1) =>
        NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "markdown", version, text } });

    public Task ChangeAsync(string uri, int version, IEnumerable<object> changes) =>
        NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = changes.ToArray() });

    public Task CloseAsync(string uri) => NotifyAsync("textDocument/didClose", new { textDocument = new { uri } });

    public static object Edit(Text.LinePositionSpan range, string text) => new
    {
        range = new
        {
            start = new { line = range.Start.Line, character = range.Start.Character },
            end = new { line = range.End.Line, character = range.End.Character },
        },
        text,
    };

    /// <summary>The items of a <c>textDocument/diagnostic</c> (pull) report.</summary>
    public async Task<List<JsonElement>> PullAsync(string uri, CancellationToken cancellationToken = default)
    {
        var report = await RequestAsync("textDocument/diagnostic", new { textDocument = new { uri } }, cancellationToken);
        return [.. report.GetProperty("items").EnumerateArray()];
    }

    /// <summary>The next pushed diagnostics for <paramref name="uri"/> that satisfy <paramref name="match"/>.</summary>
    public async Task<JsonElement> NextPublishedAsync(string uri, Func<JsonElement, bool> match)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        while (true)
        {
            var published = await Callbacks.Published.Reader.ReadAsync(timeout.Token);
            if (published.GetProperty("uri").GetString() == uri && match(published)) return published;
        }
    }

    public async Task<int> ShutdownAsync()
    {
        await RequestAsync("shutdown", null);
        await NotifyAsync("exit", null);
        return await Server.WaitAsync(Timeout);
    }

    public async ValueTask DisposeAsync()
    {
        _rpc.Dispose();
        await _stop.CancelAsync();
        try
        {
            await Server.WaitAsync(Timeout);
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }
}
