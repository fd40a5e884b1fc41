using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Channels;
using CloseLint.LanguageServer.Protocol;
using CloseLint.Text;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace CloseLint.LanguageServer.Testing;

/// <summary>
/// An in-process LSP client connected to a server over <see cref="FullDuplexStream.CreatePair"/>. It records what the
/// server sends in <see cref="Callbacks"/>; tests await it with a timeout, never a sleep. A subclass starts the
/// server on <see cref="ServerStream"/> the way its tests need it, and stops it in <see cref="DisposeServerAsync"/>.
/// </summary>
public abstract class AbstractLspTestClient : IAsyncDisposable
{
    private readonly JsonRpc _rpc;
    private readonly TimeSpan _timeout;

    protected AbstractLspTestClient(TimeSpan timeout)
    {
        _timeout = timeout;
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        ServerStream = serverStream;
        _rpc = Connect(clientStream, clientStream, Callbacks);
    }

    /// <summary>The protocol's JSON settings, plus reflection for the anonymous objects tests send.</summary>
    public static JsonSerializerOptions ClientJsonOptions { get; } = LspJson.CreateOptions(new DefaultJsonTypeInfoResolver());

    public ClientCallbacks Callbacks { get; } = new();

    public JsonElement InitializeResult { get; private set; }

    /// <summary>What the server logged locally (its stderr in a real process), for failure messages.</summary>
    public virtual string ServerLog => string.Empty;

    /// <summary>The server's end of the connection, for both its input and its output.</summary>
    protected Stream ServerStream { get; }

    /// <summary>
    /// A listening JSON-RPC connection that answers the server with <paramref name="callbacks"/>. The client's side
    /// keeps <see cref="LspJson.CreateFormatter(IJsonTypeInfoResolver)"/> with reflection, for anonymous objects; the
    /// server's own options deliberately have no reflection fallback.
    /// </summary>
    public static JsonRpc Connect(Stream sendingStream, Stream receivingStream, ClientCallbacks callbacks)
    {
        var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(sendingStream, receivingStream, LspJson.CreateFormatter(new DefaultJsonTypeInfoResolver())));
        rpc.AddLocalRpcTarget(callbacks, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        rpc.StartListening();
        return rpc;
    }

    public static JsonNode Json(object value) => JsonSerializer.SerializeToNode(value, ClientJsonOptions)!;

    /// <summary>A message the client recorded as JSON, read as one of the protocol's types.</summary>
    public static T FromJson<T>(JsonElement message) => message.Deserialize<T>(ClientJsonOptions)!;

    public static object Edit(int startLine, int startCharacter, int endLine, int endCharacter, string text) =>
        new { range = Range(startLine, startCharacter, endLine, endCharacter), text };

    public static object Edit(LinePositionSpan range, string text) =>
        Edit(range.Start.Line, range.Start.Character, range.End.Line, range.End.Character, text);

    public static object Range(int startLine, int startCharacter, int endLine, int endCharacter) =>
        new { start = new { line = startLine, character = startCharacter }, end = new { line = endLine, character = endCharacter } };

    /// <summary>Sends <c>initialize</c>, then <c>initialized</c>.</summary>
    public async Task<JsonElement> InitializeAsync(object? capabilities = null, string? rootUri = null, int? processId = null)
    {
        InitializeResult = await RequestAsync("initialize", new { processId, rootUri, capabilities = capabilities ?? new { } });
        await NotifyAsync("initialized", new { });
        return InitializeResult;
    }

    public Task<JsonElement> RequestAsync(string method, object? parameters, CancellationToken cancellationToken = default) =>
        _rpc.InvokeWithParameterObjectAsync<JsonElement>(method, parameters, cancellationToken).WaitAsync(_timeout, cancellationToken);

    public Task NotifyAsync(string method, object? parameters) => _rpc.NotifyWithParameterObjectAsync(method, parameters);

    public Task OpenAsync(string uri, string text, int version = 1, string languageId = "markdown") =>
        NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId, version, text } });

    public Task ChangeAsync(string uri, int version, params IEnumerable<object> changes) =>
        NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = changes.ToArray() });

    public Task CloseAsync(string uri) => NotifyAsync("textDocument/didClose", new { textDocument = new { uri } });

    /// <summary>The next pushed diagnostics for <paramref name="uri"/> that satisfy <paramref name="match"/>.</summary>
    public Task<JsonElement> NextPublishedAsync(string uri, Func<JsonElement, bool>? match = null) =>
        NextAsync(Callbacks.Published.Reader, "diagnostics", uri, match);

    /// <summary>Sends <c>shutdown</c> and <c>exit</c>, and returns the server's exit code.</summary>
    public async Task<int> ShutdownAndExitAsync()
    {
        await RequestAsync("shutdown", null);
        await NotifyAsync("exit", null);
        return await WaitForServerExitAsync().WaitAsync(_timeout);
    }

    public async ValueTask DisposeAsync()
    {
        _rpc.Dispose();
        await DisposeServerAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Completes with the server's exit code when it exits.</summary>
    protected abstract Task<int> WaitForServerExitAsync();

    /// <summary>Stops the server, after the client's connection has been disposed.</summary>
    protected abstract ValueTask DisposeServerAsync();

    /// <summary>The next message in <paramref name="reader"/> for <paramref name="uri"/> that satisfies <paramref name="match"/>.</summary>
    protected async Task<JsonElement> NextAsync(ChannelReader<JsonElement> reader, string what, string uri, Func<JsonElement, bool>? match)
    {
        using var timeout = new CancellationTokenSource(_timeout);
        while (true)
        {
            JsonElement message;
            try
            {
                message = await reader.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"no matching {what} for {uri} within {_timeout}; server log:\n{ServerLog}");
            }

            if (message.GetProperty("uri").GetString() == uri && (match is null || match(message))) return message;
        }
    }
}
