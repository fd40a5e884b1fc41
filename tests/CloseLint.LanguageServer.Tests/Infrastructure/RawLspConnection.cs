using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace CloseLint.LanguageServer.Tests.Infrastructure;

/// <summary>
/// Talks to an in-process server in raw bytes, to send what a well-behaved client never would. Input and output are
/// separate pipes, like stdin and stdout, so the input can be closed while the output is still read.
/// </summary>
public sealed class RawLspConnection : IAsyncDisposable
{
    private readonly Pipe _input = new();
    private readonly Pipe _output = new();
    private readonly Stream _toServer;
    private readonly Stream _fromServer;
    private readonly Channel<JsonElement> _messages = Channel.CreateUnbounded<JsonElement>();
    private readonly WaitableLog _log = new();
    private readonly Task _reading;

    public RawLspConnection(LanguageServerOptions? options = null)
    {
        _toServer = _input.Writer.AsStream();
        _fromServer = _output.Reader.AsStream();
        Connection = LanguageServerHost.Start(_input.Reader.AsStream(), _output.Writer.AsStream(),
            (options ?? TestLspClient.DefaultOptions()) with { LogWriter = _log });
        _reading = Task.Run(ReadLoopAsync);
    }

    internal LanguageServerConnection Connection { get; }

    public string ServerLog => _log.ToString();

    /// <summary>Completes when the server has logged a line containing <paramref name="text"/>.</summary>
    public Task LoggedAsync(string text) => _log.LineContainingAsync(text);

    public Task SendBytesAsync(string raw) => SendBytesAsync(Encoding.UTF8.GetBytes(raw));

    public async Task SendBytesAsync(byte[] bytes)
    {
        await _toServer.WriteAsync(bytes);
        await _toServer.FlushAsync();
    }

    /// <summary>Sends a well-framed message with any JSON body.</summary>
    public Task SendAsync(string json) => SendBytesAsync(LspFrames.Frame(json));

    public Task RequestAsync(int id, string method, string parametersJson) => SendAsync(LspFrames.Request(id, method, parametersJson));

    public Task NotifyAsync(string method, string parametersJson) => SendAsync(LspFrames.Notification(method, parametersJson));

    /// <summary>Ends the server's input, as a client closing the server's stdin does.</summary>
    public async Task CloseInputAsync() => await _input.Writer.CompleteAsync();

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
            catch (ChannelClosedException)
            {
                throw new InvalidOperationException($"the server's output ended without response {id}; server log:\n{ServerLog}");
            }

            if (LspFrames.IsResponseTo(message, id)) return message;
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
        try
        {
            while (true)
            {
                int read;
                try
                {
                    read = await _fromServer.ReadAsync(chunk);
                }
                catch (Exception ex) when (ex is ObjectDisposedException or InvalidOperationException or IOException)
                {
                    return;
                }

                if (read == 0) return;
                buffer.AddRange(chunk.AsSpan(0, read));
                while (LspFrames.TryTake(buffer, out var message)) _messages.Writer.TryWrite(message);
            }
        }
        finally
        {
            _messages.Writer.TryComplete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _input.Writer.CompleteAsync();
        Connection.Dispose();
        await _output.Writer.CompleteAsync();
        await _reading.WaitAsync(TestLspClient.Timeout);
    }
}
