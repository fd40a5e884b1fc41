using System.Text.Json;
using CloseLint.LanguageServer;
using CloseLint.LanguageServer.Testing;

namespace CloseLint.Reliability.Tests.Lsp;

/// <summary>
/// The shared in-process client (<see cref="AbstractLspTestClient"/>) on a whole server
/// (<see cref="LanguageServerHost.RunAsync"/>), stopped through its cancellation token.
/// </summary>
internal sealed class LspTestClient : AbstractLspTestClient
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _stop = new();

    private LspTestClient(LanguageServerOptions options)
        : base(Timeout)
    {
        Server = LanguageServerHost.RunAsync(ServerStream, ServerStream, options, _stop.Token);
    }

    public Task<int> Server { get; }

    /// <summary>A server after <c>initialize</c> and <c>initialized</c>; <paramref name="pull"/> declares pull diagnostics.</summary>
    public static async Task<LspTestClient> StartAsync(LanguageServerOptions options, bool pull)
    {
        var client = new LspTestClient(options with { LogWriter = TextWriter.Null, RuleDocumentation = _ => null });
        object capabilities = pull ? new { textDocument = new { diagnostic = new { } } } : new { };
        await client.InitializeAsync(capabilities);
        return client;
    }

    /// <summary>The items of a <c>textDocument/diagnostic</c> (pull) report.</summary>
    public async Task<List<JsonElement>> PullAsync(string uri, CancellationToken cancellationToken = default)
    {
        var report = await RequestAsync("textDocument/diagnostic", new { textDocument = new { uri } }, cancellationToken);
        return [.. report.GetProperty("items").EnumerateArray()];
    }

    protected override Task<int> WaitForServerExitAsync() => Server;

    protected override async ValueTask DisposeServerAsync()
    {
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
