using CloseLint.LanguageServer.Protocol;
using CloseLint.LanguageServer.Testing;
using CloseLint.LanguageServer.Tests.TestRules;

namespace CloseLint.LanguageServer.Tests.Infrastructure;

/// <summary>
/// The shared in-process client (<see cref="AbstractLspTestClient"/>) on a server started with
/// <see cref="LanguageServerHost.Start"/>, with what these tests see through the server's internals: the
/// connection, the documents it holds and the protocol's own types.
/// </summary>
public sealed class TestLspClient : AbstractLspTestClient
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly StringWriter _serverLog = new();

    private TestLspClient(LanguageServerOptions? options)
        : base(Timeout)
    {
        Options = (options ?? DefaultOptions()) with { LogWriter = TextWriter.Synchronized(_serverLog) };
        Connection = LanguageServerHost.Start(ServerStream, ServerStream, Options);
    }

    public LanguageServerOptions Options { get; }

    internal LanguageServerConnection Connection { get; }

    public ServerLifetime Lifetime => Connection.Lifetime;

    public override string ServerLog => _serverLog.ToString();

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

    /// <summary>
    /// A request round trip: the server handles messages in order, so every notification sent before has been
    /// applied when it returns.
    /// </summary>
    public Task BarrierAsync() => RequestAsync("textDocument/codeLens", new { textDocument = new { uri = "file:///barrier/none.md" } });

    /// <summary>The next pushed diagnostics for <paramref name="uri"/> that satisfy <paramref name="match"/>.</summary>
    internal async Task<PublishDiagnosticsParams> NextDiagnosticsAsync(string uri, Func<PublishDiagnosticsParams, bool>? match = null) =>
        FromJson<PublishDiagnosticsParams>(await NextPublishedAsync(uri, match is null ? null : published => match(FromJson<PublishDiagnosticsParams>(published))));

    internal async Task<ScriptStatsParams> NextScriptStatsAsync(string uri) =>
        FromJson<ScriptStatsParams>(await NextAsync(Callbacks.ScriptStats.Reader, "script stats", uri, match: null));

    /// <summary>The text the server holds for an open document.</summary>
    public string ServerText(string uri) => Connection.Server.Documents.Get(uri)?.Text.ToString() ?? throw new InvalidOperationException(uri + " is not open");

    protected override Task<int> WaitForServerExitAsync() => Lifetime.WaitForExitAsync();

    protected override ValueTask DisposeServerAsync()
    {
        Connection.Dispose();
        return ValueTask.CompletedTask;
    }
}
