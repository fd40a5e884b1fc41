using System.Diagnostics;
using CloseLint.LanguageServer.Tests.Infrastructure;
using CloseLint.LanguageServer.Tests.TestRules;
using Shouldly;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace CloseLint.LanguageServer.Tests;

public sealed class LifecycleTests
{
    private const string Uri = "file:///work/closing.md";

    [Fact]
    public async Task Requests_before_initialize_get_ServerNotInitialized()
    {
        await using var client = TestLspClient.Create();
        var error = await Should.ThrowAsync<RemoteInvocationException>(() =>
            client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = 0, character = 0 } }));
        error.ErrorCode.ShouldBe(-32002);
        (await client.InitializeAsync()).GetProperty("capabilities").GetProperty("hoverProvider").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Notifications_before_initialize_are_dropped()
    {
        await using var client = TestLspClient.Create();
        await client.OpenAsync(Uri, "Honestly, I want this role.");
        await client.InitializeAsync();
        var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = 0, character = 2 } });
        hover.ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        client.Connection.Server.Documents.Count.ShouldBe(0);
    }

    [Fact]
    public async Task Initialize_answers_capabilities_and_server_info()
    {
        await using var client = await TestLspClient.StartAsync();
        var capabilities = client.InitializeResult.GetProperty("capabilities");
        capabilities.GetProperty("positionEncoding").GetString().ShouldBe("utf-16");
        capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32().ShouldBe(2);
        capabilities.GetProperty("codeActionProvider").GetProperty("codeActionKinds")[0].GetString().ShouldBe("quickfix");
        capabilities.GetProperty("inlayHintProvider").GetBoolean().ShouldBeTrue();
        capabilities.TryGetProperty("diagnosticProvider", out _).ShouldBeFalse();
        client.InitializeResult.GetProperty("serverInfo").GetProperty("name").GetString().ShouldBe("closelint");
    }

    [Fact]
    public async Task A_second_initialize_is_an_invalid_request()
    {
        await using var client = await TestLspClient.StartAsync();
        var error = await Should.ThrowAsync<RemoteInvocationException>(() => client.RequestAsync("initialize", new { processId = (int?)null, capabilities = new { } }));
        error.ErrorCode.ShouldBe(-32600);
    }

    [Fact]
    public async Task Shutdown_then_exit_exits_with_zero()
    {
        await using var client = await TestLspClient.StartAsync();
        var shutdown = await client.RequestAsync("shutdown", null);
        shutdown.ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        await client.NotifyAsync("exit", null);
        (await client.Lifetime.WaitForExitAsync().WaitAsync(TestLspClient.Timeout)).ShouldBe(0);
    }

    [Fact]
    public async Task Exit_without_shutdown_exits_with_one()
    {
        await using var client = await TestLspClient.StartAsync();
        await client.NotifyAsync("exit", null);
        (await client.Lifetime.WaitForExitAsync().WaitAsync(TestLspClient.Timeout)).ShouldBe(1);
    }

    [Fact]
    public async Task Requests_after_shutdown_are_invalid()
    {
        await using var client = await TestLspClient.StartAsync();
        await client.RequestAsync("shutdown", null);
        var error = await Should.ThrowAsync<RemoteInvocationException>(() =>
            client.RequestAsync("textDocument/codeLens", new { textDocument = new { uri = Uri } }));
        error.ErrorCode.ShouldBe(-32600);
    }

    [Fact]
    public async Task Closing_the_input_ends_the_server_with_one()
    {
        var client = await TestLspClient.StartAsync();
        var lifetime = client.Lifetime;
        await client.DisposeAsync();
        (await lifetime.WaitForExitAsync().WaitAsync(TestLspClient.Timeout)).ShouldBe(1);
    }

    [Fact]
    public async Task Requests_read_before_the_input_ends_are_answered_before_the_server_exits()
    {
        using var gate = new SemaphoreSlim(0);
        var detector = new ScriptedIntentDetector(gate);
        await using var raw = new RawLspConnection(TestLspClient.DefaultOptions(detector));
        await raw.InitializeAsync();
        await raw.NotifyAsync("textDocument/didOpen", $$$"""{"textDocument":{"uri":"{{{Uri}}}","languageId":"markdown","version":1,"text":"Honestly, I want this role."}}""");
        await raw.RequestAsync(2, "textDocument/codeLens", $$$"""{"textDocument":{"uri":"{{{Uri}}}"}}""");
        await detector.Started.WaitAsync(TestLspClient.Timeout);

        await raw.CloseInputAsync();
        await raw.LoggedAsync("the input ended with 1 request(s) not yet answered");
        raw.Connection.Lifetime.HasExited.ShouldBeFalse();
        gate.Release();

        var lenses = await raw.ResponseAsync(2);
        lenses.GetProperty("result").GetArrayLength().ShouldBe(1);
        (await raw.Connection.Lifetime.WaitForExitAsync().WaitAsync(TestLspClient.Timeout)).ShouldBe(1);
    }

    [Fact]
    public async Task After_the_input_ends_the_server_waits_for_unanswered_requests_only_up_to_the_bound()
    {
        using var gate = new SemaphoreSlim(0);
        var detector = new ScriptedIntentDetector(gate);
        var options = TestLspClient.DefaultOptions(detector) with { AnswerTimeoutAfterInputEnds = TimeSpan.FromMilliseconds(100) };
        await using var raw = new RawLspConnection(options);
        try
        {
            await raw.InitializeAsync();
            await raw.NotifyAsync("textDocument/didOpen", $$$"""{"textDocument":{"uri":"{{{Uri}}}","languageId":"markdown","version":1,"text":"I want this role."}}""");
            await raw.RequestAsync(2, "textDocument/codeLens", $$$"""{"textDocument":{"uri":"{{{Uri}}}"}}""");
            await detector.Started.WaitAsync(TestLspClient.Timeout);

            await raw.CloseInputAsync();
            (await raw.Connection.Lifetime.WaitForExitAsync().WaitAsync(TestLspClient.Timeout)).ShouldBe(1);
            await raw.LoggedAsync("gave up on 1 request(s) still unanswered");
        }
        finally
        {
            gate.Release();
        }
    }

    [Fact]
    public async Task The_death_of_the_client_process_ends_the_server()
    {
        using var process = Process.Start(new ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        var options = TestLspClient.DefaultOptions() with { ClientProcessCheckInterval = TimeSpan.FromMilliseconds(50) };
        await using var client = TestLspClient.Create(options);
        await client.InitializeAsync(processId: process.Id);
        await client.BarrierAsync();
        client.Lifetime.HasExited.ShouldBeFalse();
        process.Kill();
        await process.WaitForExitAsync().WaitAsync(TestLspClient.Timeout);
        (await client.Lifetime.WaitForExitAsync().WaitAsync(TestLspClient.Timeout)).ShouldBe(1);
    }

    [Fact]
    public async Task Unknown_requests_get_MethodNotFound()
    {
        await using var client = await TestLspClient.StartAsync();
        var error = await Should.ThrowAsync<RemoteMethodNotFoundException>(() => client.RequestAsync("textDocument/frobnicate", new { }));
        error.ErrorCode.ShouldBe(JsonRpcErrorCode.MethodNotFound);
        ((int)error.ErrorCode).ShouldBe(-32601);
        await client.NotifyAsync("$/unknownNotification", new { });
        await client.NotifyAsync("$/setTrace", new { value = "verbose" });
        (await client.RequestAsync("textDocument/codeLens", new { textDocument = new { uri = Uri } })).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Cancelled_requests_answer_RequestCancelled()
    {
        using var gate = new SemaphoreSlim(0);
        var detector = new ScriptedIntentDetector(gate);
        await using var client = await TestLspClient.StartAsync(new { textDocument = new { diagnostic = new { } } }, TestLspClient.DefaultOptions(detector));
        await client.OpenAsync(Uri, "I want this role.");
        using var cancellation = new CancellationTokenSource();
        var pending = client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri } }, cancellation.Token);
        await detector.Started.WaitAsync(TestLspClient.Timeout);
        await cancellation.CancelAsync();
        var error = await Should.ThrowAsync<OperationCanceledException>(() => pending);
        error.ShouldNotBeNull();
        gate.Release();
        var report = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri } });
        report.GetProperty("kind").GetString().ShouldBe("full");
    }

    [Fact]
    public async Task A_throwing_handler_answers_an_error_and_the_server_keeps_serving()
    {
        await using var client = await TestLspClient.StartAsync(new { textDocument = new { diagnostic = new { } } });
        await client.OpenAsync("file:///work/broken.md", "KABOOM. Honestly, this breaks the detector.");
        await client.OpenAsync(Uri, "Honestly, I want this role.");
        var error = await Should.ThrowAsync<RemoteInvocationException>(() =>
            client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = "file:///work/broken.md" } }));
        error.Message.ShouldContain("the detector broke");
        var report = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri } });
        report.GetProperty("items").GetArrayLength().ShouldBe(1);
    }
}
