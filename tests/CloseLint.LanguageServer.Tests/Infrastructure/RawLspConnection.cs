using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Nerdbank.Streams;

namespace CloseLint.LanguageServer.Tests.Infrastructure;

/// <summary>Talks to an in-process server in raw bytes, to send what a well-behaved client never would.</summary>
public sealed class RawLspConnection : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly Channel<JsonElement> _messages = Channel.CreateUnbounded<JsonElement>();
    private readonly StringWriter _log = new();
    private readonly Task _reading;

    public RawLspConnection(LanguageServerOptions? options = null)
    {
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        _stream = clientStream;
        Connection = LanguageServerHost.Start(serverStream, serverStream, (options ?? TestLspClient.DefaultOptions()) with { LogWriter = TextWriter.Synchronized(_log) });
        _reading = Task.Run(ReadLoopAsync);
    }

    internal LanguageServerConnection Connection { get; }

    public string ServerLog => _log.ToString();

    public Task SendBytesAsync(string raw) => SendBytesAsync(Encoding.UTF8.GetBytes(raw));

    public async Task SendBytesAsync(byte[] bytes)
    {
        await _stream.WriteAsync(bytes);
        await _stream.FlushAsync();
    }

    /// <summary>Sends a well-framed message with any JSON body.</summary>
    public Task SendAsync(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        return SendBytesAsync([.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body]);
    }

    public Task RequestAsync(int id, string method, string parametersJson) =>
        SendAsync($$"""{"jsonrpc":"2.0","id":{{id}},"method":"{{method}}","params":{{parametersJson}}}""");

    public Task NotifyAsync(string method, string parametersJson) =>
        SendAsync($$"""{"jsonrpc":"2.0","method":"{{method}}","params":{{parametersJson}}}""");

    /// <summary>The response to request <paramref name="id"/>, skipping notifications and other responses.</summary>
    public async Task<JsonElement> ResponseAsync(int id)
    {
        using var timeout = new CancellationTokenSource(TestLspClient.Timeout);
        while (true)
        {
            JsonElement message;
            try
            {
                message = await _messages.Reader.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"no response {id}; server log:\n{ServerLog}");
            }

            if (message.TryGetProperty("id", out var messageId) && messageId.ValueKind == JsonValueKind.Number && messageId.GetInt32() == id
                && !message.TryGetProperty("method", out _))
                return message;
        }
    }

    public async Task<JsonElement> InitializeAsync(string capabilitiesJson = "{}")
    {
        await RequestAsync(1, "initialize", $$"""{"processId":null,"rootUri":null,"capabilities":{{capabilitiesJson}}}""");
        var response = await ResponseAsync(1);
        await NotifyAsync("initialized", "{}");
        return response;
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new List<byte>();
        var chunk = new byte[8192];
        while (true)
        {
            int read;
            try
            {
                read = await _stream.ReadAsync(chunk);
            }
            catch (Exception ex) when (ex is ObjectDisposedException or InvalidOperationException or IOException)
            {
                return;
            }

            if (read == 0) return;
            buffer.AddRange(chunk.AsSpan(0, read));
            while (TryTakeFrame(buffer, out var body)) _messages.Writer.TryWrite(JsonDocument.Parse(body).RootElement.Clone());
        }
    }

    private static bool TryTakeFrame(List<byte> buffer, out byte[] body)
    {
        body = [];
        var bytes = buffer.ToArray();
        var headerEnd = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        if (headerEnd < 0) return false;
        var headers = Encoding.ASCII.GetString(bytes, 0, headerEnd);
        var length = int.Parse(headers.Split("\r\n").Single(h => h.StartsWith("Content-Length:", StringComparison.Ordinal))["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        if (bytes.Length < headerEnd + 4 + length) return false;
        body = bytes[(headerEnd + 4)..(headerEnd + 4 + length)];
        buffer.RemoveRange(0, headerEnd + 4 + length);
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        Connection.Dispose();
        await _reading.WaitAsync(TestLspClient.Timeout);
    }
}
