using System.Buffers;
using System.Buffers.Text;
using System.IO.Pipelines;
using System.Text;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace CloseLint.LanguageServer;

/// <summary>
/// LSP framing (<c>Content-Length</c> in bytes, then the JSON body) that survives bad input: a frame with broken
/// headers or a body that is not a JSON-RPC message is logged and skipped, where the base handler would throw
/// and StreamJsonRpc would drop the connection. After broken headers, reading resumes at the next
/// <c>Content-Length</c>.
/// <para>
/// When the input ends, requests already read are still answered: the end of the input is reported to StreamJsonRpc
/// (which then closes the output) only once every such request has been answered, or after
/// <see cref="AnswerTimeout"/>.
/// </para>
/// </summary>
public sealed class LspMessageHandler : HeaderDelimitedMessageHandler
{
    private const int MaxHeaderBytes = 8 * 1024;
    private const int MaxContentLength = 256 * 1024 * 1024;
    private static readonly byte[] ContentLengthName = "Content-Length"u8.ToArray();

    private readonly Action<string> _log;
    private readonly Lock _requestsGate = new();
    private readonly HashSet<RequestId> _unanswered = [];
    private readonly List<RequestId> _answered = [];
    private TaskCompletionSource? _allAnswered;

    /// <summary>Creates a handler; the sending stream comes first, as in <see cref="HeaderDelimitedMessageHandler"/>.</summary>
    /// <remarks>
    /// The pipes are System.IO.Pipelines' own stream adapters, whose flush returns once the bytes are in the stream.
    /// The base class's stream constructor copies to the stream on a background task instead, so an answer "flushed"
    /// just before the input ended could still be in memory when the process exited (seen with the native build).
    /// </remarks>
    public LspMessageHandler(Stream sendingStream, Stream receivingStream, IJsonRpcMessageFormatter formatter, Action<string>? log = null)
        : base(PipeWriter.Create(sendingStream), PipeReader.Create(receivingStream), formatter)
    {
        _log = log ?? (_ => { });
    }

    /// <summary>Frames skipped so far.</summary>
    public int SkippedFrames { get; private set; }

    /// <summary>How long requests read before the input ended may take to be answered; 2 seconds by default.</summary>
    public TimeSpan AnswerTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The clock for <see cref="AnswerTimeout"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <inheritdoc/>
    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        var message = await ReadMessageAsync(cancellationToken).ConfigureAwait(false);
        if (message is JsonRpcRequest { IsResponseExpected: true } request)
        {
            lock (_requestsGate) _unanswered.Add(request.RequestId);
        }
        else if (message is null)
        {
            await AnswerReadRequestsAsync(cancellationToken).ConfigureAwait(false);
        }

        return message;
    }

    /// <inheritdoc/>
    protected override void Write(JsonRpcMessage content, CancellationToken cancellationToken)
    {
        base.Write(content, cancellationToken);
        if (content is JsonRpcResult or JsonRpcError && content is IJsonRpcMessageWithId { RequestId: var id } && !id.IsEmpty)
        {
            lock (_requestsGate) _answered.Add(id);
        }
    }

    /// <inheritdoc/>
    protected override async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        await base.FlushAsync(cancellationToken).ConfigureAwait(false);
        lock (_requestsGate)
        {
            // An answer counts once it has left: after the flush, not after the write into the buffer.
            foreach (var id in _answered) _unanswered.Remove(id);
            _answered.Clear();
            if (_unanswered.Count == 0) _allAnswered?.TrySetResult();
        }
    }

    /// <summary>Waits, at most <see cref="AnswerTimeout"/>, until every request read so far has been answered.</summary>
    private async Task AnswerReadRequestsAsync(CancellationToken cancellationToken)
    {
        Task allAnswered;
        int count;
        lock (_requestsGate)
        {
            count = _unanswered.Count;
            if (count == 0) return;
            _allAnswered ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            allAnswered = _allAnswered.Task;
        }

        _log($"the input ended with {count} request(s) not yet answered; answering them before exiting");
        try
        {
            await allAnswered.WaitAsync(AnswerTimeout, TimeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            lock (_requestsGate) count = _unanswered.Count;
            _log($"gave up on {count} request(s) still unanswered {AnswerTimeout.TotalSeconds:0.#} s after the input ended");
        }
    }

    private async ValueTask<JsonRpcMessage?> ReadMessageAsync(CancellationToken cancellationToken)
    {
        var reader = Reader ?? throw new InvalidOperationException("no receiving stream");
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = read.Buffer;
            if (buffer.IsEmpty && read.IsCompleted)
            {
                reader.AdvanceTo(buffer.End);
                return null;
            }

            var headerEnd = FindHeaderEnd(buffer, out var separatorLength);
            if (headerEnd is null)
            {
                if (read.IsCompleted)
                {
                    Skip($"the input ended inside a header ({buffer.Length} bytes)");
                    reader.AdvanceTo(buffer.End);
                    return null;
                }

                if (buffer.Length > MaxHeaderBytes)
                {
                    Skip("a header longer than 8 KB");
                    reader.AdvanceTo(ResyncPosition(buffer, buffer.GetPosition(1)) ?? buffer.GetPosition(buffer.Length - ContentLengthName.Length));
                    continue;
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
                continue;
            }

            var headers = buffer.Slice(0, headerEnd.Value);
            var bodyStart = buffer.GetPosition(separatorLength, headerEnd.Value);
            if (!TryReadContentLength(headers, out var contentLength, out var problem))
            {
                Skip(problem);
                reader.AdvanceTo(ResyncPosition(buffer, buffer.GetPosition(1)) ?? bodyStart);
                continue;
            }

            reader.AdvanceTo(bodyStart);
            if (contentLength == 0)
            {
                Skip("an empty body");
                continue;
            }

            ReadResult body;
            try
            {
                body = await ReadAtLeastAsync(contentLength, allowEmpty: false, cancellationToken).ConfigureAwait(false);
            }
            catch (EndOfStreamException)
            {
                Skip($"the input ended inside a body of {contentLength} bytes");
                return null;
            }

            var content = body.Buffer.Slice(0, contentLength);
            try
            {
                // The formatter's JsonDocument keeps pointing into the bytes it was given, and the arguments are read
                // from them later, at dispatch. The pipe's buffer goes back to the shared pool at AdvanceTo below, where
                // any thread may rent and overwrite it, so the message gets bytes of its own.
                return Formatter.Deserialize(new ReadOnlySequence<byte>(content.ToArray()));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Skip($"a body that is not a JSON-RPC message ({ex.GetType().Name}: {FirstLine(ex.Message)})");
            }
            finally
            {
                reader.AdvanceTo(content.End);
            }
        }
    }

    private void Skip(string why)
    {
        SkippedFrames++;
        _log($"skipped a message: {why}");
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }

    /// <summary>The end of the header block (before its blank line); accepts CRLF CRLF and, leniently, LF LF.</summary>
    private static SequencePosition? FindHeaderEnd(ReadOnlySequence<byte> buffer, out int separatorLength)
    {
        var reader = new SequenceReader<byte>(buffer);
        while (reader.TryAdvanceTo((byte)'\n', advancePastDelimiter: false))
        {
            var newline = reader.Position;
            reader.Advance(1);
            if (reader.IsNext("\r\n"u8, advancePast: false))
            {
                separatorLength = 3;
                return newline;
            }

            if (reader.IsNext((byte)'\n', advancePast: false))
            {
                separatorLength = 2;
                return newline;
            }
        }

        separatorLength = 0;
        return null;
    }

    private static bool TryReadContentLength(ReadOnlySequence<byte> headers, out int contentLength, out string problem)
    {
        contentLength = -1;
        problem = string.Empty;
        var text = Encoding.ASCII.GetString(headers.ToArray());
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0) continue;
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                problem = $"a header line without a name: '{Truncate(line)}'";
                return false;
            }

            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (!name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) continue;
            if (!Utf8Parser.TryParse(Encoding.ASCII.GetBytes(value), out int parsed, out var consumed) || consumed != value.Length || parsed < 0 || parsed > MaxContentLength)
            {
                problem = $"an invalid Content-Length '{Truncate(value)}'";
                return false;
            }

            contentLength = parsed;
        }

        if (contentLength < 0)
        {
            problem = "no Content-Length header";
            return false;
        }

        return true;
    }

    private static string Truncate(string text) => text.Length <= 60 ? text : text[..60] + "…";

    /// <summary>The next <c>Content-Length</c> at or after <paramref name="from"/>, where reading can start again.</summary>
    private static SequencePosition? ResyncPosition(ReadOnlySequence<byte> buffer, SequencePosition from)
    {
        var reader = new SequenceReader<byte>(buffer.Slice(from));
        while (reader.TryAdvanceTo((byte)'C', advancePastDelimiter: false))
        {
            if (reader.IsNext(ContentLengthName, advancePast: false)) return reader.Position;
            reader.Advance(1);
        }

        return null;
    }
}
