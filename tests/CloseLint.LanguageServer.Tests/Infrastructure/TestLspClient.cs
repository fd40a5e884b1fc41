using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using CloseLint.LanguageServer.Protocol;
using CloseLint.LanguageServer.Tests.TestRules;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace CloseLint.LanguageServer.Tests.Infrastructure;

/// <summary>
/// An in-process LSP client connected to a server over <see cref="FullDuplexStream.CreatePair"/>. It records
/// pushed diagnostics in a channel; tests await them with a timeout, never a sleep.
/// </summary>
public sealed class TestLspClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly JsonRpc _rpc;
    private readonly StringWriter _serverLog = new();

    private TestLspClient(LanguageServerOptions? options)
    {
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        Options = (options ?? DefaultOptions()) with { LogWriter = TextWriter.Synchronized(_serverLog) };
        Connection = LanguageServerHost.Start(serverStream, serverStream, Options);
        _rpc = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, LspJson.CreateFormatter(new DefaultJsonTypeInfoResolver())));
        _rpc.AddLocalRpcTarget(Callbacks, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true, AllowNonPublicInvocation = true });
        _rpc.StartListening();
    }

    public ClientCallbacks Callbacks { get; } = new();

    public LanguageServerOptions Options { get; }

    internal LanguageServerConnection Connection { get; }

    public ServerLifetime Lifetime => Connection.Lifetime;

    /// <summary>What the server logged locally (its stderr in a real process).</summary>
    public string ServerLog => _serverLog.ToString();

    public static LanguageServerOptions DefaultOptions(ScriptedIntentDetector? detector = null) => new()
    {
        Analyzers = [new HonestlyAnalyzer()],
        CodeFixes = [new HonestlyCodeFix()],
        IntentDetector = detector ?? new ScriptedIntentDetector(),
        Debounce = TimeSpan.FromMilliseconds(5),
        RuleDocumentation = _ => null,
        WarmUp = false,
    };

    /// <summary>A client that has not sent <c>initialize</c> yet.</summary>
    public static TestLspClient Create(LanguageServerOptions? options = null) => new(options);

    /// <summary>A client after <c>initialize</c> and <c>initialized</c>.</summary>
    public static async Task<TestLspClient> StartAsync(object? capabilities = null, LanguageServerOptions? options = null, string? rootUri = null)
    {
        var client = new TestLspClient(options);
        await client.InitializeAsync(capabilities, rootUri);
        return client;
    }

    public JsonElement InitializeResult { get; private set; }

    public async Task<JsonElement> InitializeAsync(object? capabilities = null, string? rootUri = null, int? processId = null)
    {
        InitializeResult = await RequestAsync("initialize", new { processId, rootUri, capabilities = capabilities ?? new { } });
        await NotifyAsync("initialized", new { });
        return InitializeResult;
    }

    public Task<JsonElement> RequestAsync(string method, object? parameters, CancellationToken cancellationToken = default) =>
        _rpc.InvokeWithParameterObjectAsync<JsonElement>(method, parameters, cancellationToken).WaitAsync(Timeout, cancellationToken);

    public Task NotifyAsync(string method, object? parameters) => _rpc.NotifyWithParameterObjectAsync(method, parameters);

    /// <summary>
    /// A request round trip: the server handles messages in order, so every notification sent before has been
    /// applied when it returns.
    /// </summary>
    public Task BarrierAsync() => RequestAsync("textDocument/codeLens", new { textDocument = new { uri = "file:///barrier/none.md" } });

    public Task OpenAsync(string uri, string text, int version = 1, string languageId = "markdown") =>
        NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId, version, text } });

    public Task ChangeAsync(string uri, int version, params object[] changes) =>
        NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = changes });

    public static object Edit(int startLine, int startCharacter, int endLine, int endCharacter, string text) =>
        new { range = Range(startLine, startCharacter, endLine, endCharacter), text };

    public static object Range(int startLine, int startCharacter, int endLine, int endCharacter) =>
        new { start = new { line = startLine, character = startCharacter }, end = new { line = endLine, character = endCharacter } };

    /// <summary>The next pushed diagnostics for <paramref name="uri"/> that satisfy <paramref name="match"/>.</summary>
    internal async Task<PublishDiagnosticsParams> NextDiagnosticsAsync(string uri, Func<PublishDiagnosticsParams, bool>? match = null)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        while (true)
        {
            PublishDiagnosticsParams published;
            try
            {
                published = await Callbacks.Diagnostics.Reader.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"no matching diagnostics for {uri} within {Timeout}; server log:\n{ServerLog}");
            }

            if (published.Uri == uri && (match is null || match(published))) return published;
        }
    }

    internal async Task<ScriptStatsParams> NextScriptStatsAsync(string uri)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        while (true)
        {
            var stats = await Callbacks.ScriptStats.Reader.ReadAsync(timeout.Token);
            if (stats.Uri == uri) return stats;
        }
    }

    /// <summary>The text the server holds for an open document.</summary>
    public string ServerText(string uri) => Connection.Server.Documents.Get(uri)?.Text.ToString() ?? throw new InvalidOperationException(uri + " is not open");

    public async Task<int> ShutdownAndExitAsync()
    {
        await RequestAsync("shutdown", null);
        await NotifyAsync("exit", null);
        return await Lifetime.WaitForExitAsync().WaitAsync(Timeout);
    }

    /// <summary>The protocol's JSON settings, plus reflection for the anonymous objects tests send.</summary>
    public static JsonSerializerOptions ClientJsonOptions { get; } = LspJson.CreateOptions(new DefaultJsonTypeInfoResolver());

    public static JsonNode Json(object value) => JsonSerializer.SerializeToNode(value, ClientJsonOptions)!;

    public async ValueTask DisposeAsync()
    {
        _rpc.Dispose();
        Connection.Dispose();
        await Task.CompletedTask;
    }
}
