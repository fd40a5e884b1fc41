using System.Text;
using System.Text.Json;
using CloseLint.LanguageServer.Protocol;
using CloseLint.LanguageServer.Tests.Infrastructure;
using Nerdbank.Streams;
using Shouldly;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace CloseLint.LanguageServer.Tests;

/// <summary>
/// A message read by <see cref="LspMessageHandler"/> keeps its own bytes: StreamJsonRpc reads a request's arguments
/// from them after the read returns (at dispatch), when the handler has already handed the pipe's buffer back.
/// </summary>
public sealed class MessageBufferTests
{
    [Fact]
    public async Task Arguments_of_a_read_message_survive_the_reuse_of_the_receive_buffer()
    {
        var (client, server) = FullDuplexStream.CreatePair();
        using var handler = new LspMessageHandler(server, server, LspJson.CreateFormatter());
        var first = await SendAndReadAsync(client, handler, "file:///work/one/closing.md");
        // The next frame is read into the buffer the first one was read from, once that one was given back.
        await SendAndReadAsync(client, handler, "file:///work/two/closing.md");

        first.TryGetArgumentByNameOrIndex("textDocument", -1, typeof(JsonElement), out var textDocument).ShouldBeTrue();
        ((JsonElement)textDocument!).GetProperty("uri").GetString().ShouldBe("file:///work/one/closing.md");
    }

    [Fact]
    public async Task A_written_message_is_in_the_output_stream_when_the_write_returns()
    {
        // The end-of-input wait counts an answer as sent once its write has returned; the process may exit right
        // after, so by then the bytes must be in the stream, not in a pipe that a background task copies from.
        var output = new MemoryStream();
        using var handler = new LspMessageHandler(output, new MemoryStream(), LspJson.CreateFormatter());

        await handler.WriteAsync(new JsonRpcResult { RequestId = new RequestId(7), Result = null }, CancellationToken.None);

        var written = Encoding.UTF8.GetString(output.ToArray());
        written.ShouldStartWith("Content-Length: ");
        written.ShouldContain("\"id\":7");
    }

    private static async Task<JsonRpcRequest> SendAndReadAsync(Stream client, LspMessageHandler handler, string uri)
    {
        await client.WriteAsync(LspFrames.Frame(LspFrames.Notification("textDocument/didClose", $$$"""{"textDocument":{"uri":"{{{uri}}}"}}""")));
        await client.FlushAsync();
        var message = await handler.ReadAsync(CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        return message.ShouldBeAssignableTo<JsonRpcRequest>()!;
    }
}
