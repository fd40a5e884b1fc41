using CloseLint.LanguageServer.Protocol;

namespace CloseLint.LanguageServer;

/// <summary>
/// Logs to a writer (stderr in <c>closelint lsp</c>) and to the client's <c>window/logMessage</c>; never to stdout,
/// which carries the protocol.
/// </summary>
internal sealed class ServerLog(TextWriter writer, TimeProvider timeProvider)
{
    private readonly Lock _gate = new();

    /// <summary>Set once the connection is up; messages before that go to the writer only.</summary>
    public ILanguageClient? Client { get; set; }

    public void Error(string message) => Write(1, "error", message);

    public void Warning(string message) => Write(2, "warn", message);

    public void Info(string message) => Write(3, "info", message);

    /// <summary>Detail that goes to the writer only.</summary>
    public void Debug(string message) => WriteLocal("debug", message);

    private void Write(int type, string level, string message)
    {
        WriteLocal(level, message);
        if (Client is not { } client) return;
        try
        {
            _ = client.NotifyAsync("window/logMessage", new LogMessageParams(type, message)).ContinueWith(
                static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
        catch (Exception ex) when (ex is ObjectDisposedException or InvalidOperationException)
        {
            // The connection is gone; the local log still has the message.
        }
    }

    private void WriteLocal(string level, string message)
    {
        var line = $"[{timeProvider.GetUtcNow():HH:mm:ss.fff} {level}] closelint-lsp: {message}";
        lock (_gate)
        {
            try
            {
                writer.WriteLine(line);
                writer.Flush();
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException)
            {
                // stderr closed: nothing left to tell.
            }
        }
    }
}
