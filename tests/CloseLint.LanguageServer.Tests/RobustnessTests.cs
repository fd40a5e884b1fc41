using System.Text;
using System.Text.Json;
using CloseLint.LanguageServer.Tests.Infrastructure;
using CloseLint.LanguageServer.Tests.TestRules;
using Shouldly;

namespace CloseLint.LanguageServer.Tests;

public sealed class RobustnessTests
{
    private const string Uri = "file:///work/closing.md";

    [Fact]
    public async Task Frames_with_malformed_headers_are_skipped_and_the_server_keeps_serving()
    {
        await using var raw = new RawLspConnection();
        string[] garbage =
        [
            "Content-Length: abc\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":90,\"method\":\"shutdown\"}",
            "this is not a header\r\n\r\n",
            "Content-Type: application/vscode-jsonrpc\r\n\r\n",
            "Content-Length: 99999999999999\r\n\r\n",
        ];
        for (var i = 0; i < garbage.Length; i++)
        {
            await raw.SendBytesAsync(garbage[i]);
            // Before initialize a request is answered with −32002: proof that the server read past the garbage.
            await raw.RequestAsync(100 + i, "textDocument/codeLens", """{"textDocument":{"uri":"file:///x.md"}}""");
            (await raw.ResponseAsync(100 + i)).GetProperty("error").GetProperty("code").GetInt32().ShouldBe(-32002);
        }

        var response = await raw.InitializeAsync();
        response.GetProperty("result").GetProperty("capabilities").GetProperty("positionEncoding").GetString().ShouldBe("utf-16");
        raw.ServerLog.ShouldContain("invalid Content-Length 'abc'");
        raw.ServerLog.ShouldContain("no Content-Length header");
        raw.ServerLog.ShouldContain("a header line without a name");
        raw.ServerLog.ShouldContain("invalid Content-Length '99999999999999'");
        raw.Connection.Lifetime.HasExited.ShouldBeFalse();
    }

    [Fact]
    public async Task Invalid_json_is_skipped_and_the_server_keeps_serving()
    {
        await using var raw = new RawLspConnection();
        await raw.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":");
        await raw.SendAsync("[1, 2, 3]");
        await raw.SendAsync("\"just a string\"");
        var response = await raw.InitializeAsync();
        response.GetProperty("result").ValueKind.ShouldBe(JsonValueKind.Object);
        raw.ServerLog.ShouldContain("skipped a message: a body that is not a JSON-RPC message");
    }

    [Fact]
    public async Task Content_length_counts_bytes_not_characters()
    {
        await using var raw = new RawLspConnection();
        await raw.InitializeAsync();
        var text = JsonSerializer.Serialize("Zoë 😀 — honestly.", TestLspClient.ClientJsonOptions);
        var body = Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"" + Uri + "\",\"languageId\":\"markdown\",\"version\":1,\"text\":" + text + "}}}");
        body.Length.ShouldBeGreaterThan(Encoding.UTF8.GetString(body).Length);
        await raw.SendBytesAsync([.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body]);
        await raw.RequestAsync(2, "textDocument/codeLens", $$$"""{"textDocument":{"uri":"{{{Uri}}}"}}""");
        (await raw.ResponseAsync(2)).GetProperty("result").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Wrong_parameter_types_get_an_error_and_the_server_keeps_serving()
    {
        await using var raw = new RawLspConnection();
        await raw.InitializeAsync();
        await raw.RequestAsync(2, "textDocument/hover", """{"textDocument":{"uri":5},"position":"top"}""");
        var error = (await raw.ResponseAsync(2)).GetProperty("error");
        error.GetProperty("code").GetInt32().ShouldBe(-32602, error.ToString());

        await raw.NotifyAsync("textDocument/didOpen", """{"textDocument":{"uri":["no"],"version":"one","text":7}}""");
        await raw.NotifyAsync("textDocument/didChange", """{"textDocument":{"uri":"file:///x.md","version":2},"contentChanges":"all of it"}""");
        await raw.RequestAsync(3, "textDocument/codeLens", """{"textDocument":{"uri":"file:///x.md"}}""");
        (await raw.ResponseAsync(3)).GetProperty("result").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Cancel_request_answers_minus_32800()
    {
        using var gate = new SemaphoreSlim(0);
        var detector = new ScriptedIntentDetector(gate);
        await using var raw = await StartPullHeldByAsync(detector, requestId: 5);
        await raw.NotifyAsync("$/cancelRequest", """{"id":5}""");
        var response = await raw.ResponseAsync(5);
        response.GetProperty("error").GetProperty("code").GetInt32().ShouldBe(-32800);
        gate.Release();
        await raw.RequestAsync(6, "textDocument/diagnostic", $$$"""{"textDocument":{"uri":"{{{Uri}}}"}}""");
        (await raw.ResponseAsync(6)).GetProperty("result").GetProperty("items").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_request_whose_analysis_is_superseded_is_answered_from_the_next_one()
    {
        // A native server loads the intent model while the first requests are in flight; the analysis they wait on is
        // replaced, and they must get the new one's answer, not RequestCancelled (the client cancelled nothing).
        using var gate = new SemaphoreSlim(0);
        var detector = new ScriptedIntentDetector(gate);
        await using var raw = await StartPullHeldByAsync(detector, requestId: 5);

        await raw.NotifyAsync("workspace/didChangeWatchedFiles", """{"changes":[]}""");
        await detector.NextCallStartedAsync(TestLspClient.Timeout);
        gate.Release();

        var response = await raw.ResponseAsync(5);
        response.TryGetProperty("error", out var error).ShouldBeFalse($"answered with an error: {error}");
        response.GetProperty("result").GetProperty("items").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Out_of_range_positions_are_clamped()
    {
        await using var client = await TestLspClient.StartAsync();
        await client.OpenAsync(Uri, "One line.\nHonestly, two.");
        await client.NextDiagnosticsAsync(Uri);

        var beyond = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = 9999, character = 9999 } });
        beyond.ValueKind.ShouldBe(JsonValueKind.Null);
        var negative = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = -3, character = -1 } });
        negative.ValueKind.ShouldBe(JsonValueKind.Null);
        var pastLineEnd = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = 1, character = 500 } });
        pastLineEnd.ValueKind.ShouldBe(JsonValueKind.Null);
        var actions = await client.RequestAsync("textDocument/codeAction", new { textDocument = new { uri = Uri }, range = TestLspClient.Range(1, 0, 500, 500), context = new { diagnostics = Array.Empty<object>() } });
        actions.GetArrayLength().ShouldBeGreaterThan(0);

        // A change past the end appends at the end; a reversed range is read in order.
        await client.ChangeAsync(Uri, 2, TestLspClient.Edit(40, 0, 41, 3, " Honestly."));
        await client.ChangeAsync(Uri, 3, TestLspClient.Edit(0, 4, 0, 0, ""));
        var published = await client.NextDiagnosticsAsync(Uri, p => p.Version == 3);
        client.ServerText(Uri).ShouldBe("line.\nHonestly, two. Honestly.");
        published.Diagnostics.Length.ShouldBe(2);
    }

    [Fact]
    public async Task A_one_megabyte_document_is_analyzed_and_edited()
    {
        const string paragraph = "I led a team of nine nurses and honestly cut wait times by a third across two wards. ";
        var builder = new StringBuilder();
        while (builder.Length < 1_000_000) builder.Append(paragraph).Append(builder.Length % 7 == 0 ? "\n\n" : "\n");
        var text = builder.ToString();
        var count = (text.Length - text.Replace("honestly", string.Empty, StringComparison.Ordinal).Length) / "honestly".Length;

        await using var client = await TestLspClient.StartAsync();
        await client.OpenAsync(Uri, text);
        (await client.NextDiagnosticsAsync(Uri)).Diagnostics.Length.ShouldBe(count);
        await client.ChangeAsync(Uri, 2, TestLspClient.Edit(0, 0, 0, 0, "Honestly, "));
        (await client.NextDiagnosticsAsync(Uri, p => p.Version == 2)).Diagnostics.Length.ShouldBe(count + 1);
    }

    /// <summary>A pull-diagnostics client whose request <paramref name="requestId"/> is held in flight by the detector's gate.</summary>
    private static async Task<RawLspConnection> StartPullHeldByAsync(ScriptedIntentDetector detector, int requestId)
    {
        var raw = new RawLspConnection(TestLspClient.DefaultOptions(detector));
        await raw.InitializeAsync("""{"textDocument":{"diagnostic":{}}}""");
        await raw.NotifyAsync("textDocument/didOpen", $$$"""{"textDocument":{"uri":"{{{Uri}}}","languageId":"markdown","version":1,"text":"Honestly."}}""");
        await raw.RequestAsync(requestId, "textDocument/diagnostic", $$$"""{"textDocument":{"uri":"{{{Uri}}}"}}""");
        await detector.NextCallStartedAsync(TestLspClient.Timeout);
        return raw;
    }
}
