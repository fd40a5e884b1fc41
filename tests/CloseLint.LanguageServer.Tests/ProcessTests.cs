using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json;
using CloseLint.LanguageServer.Protocol;
using CloseLint.LanguageServer.Testing;
using CloseLint.LanguageServer.Tests.Infrastructure;
using CloseLint.Testing;
using Shouldly;
using StreamJsonRpc;

namespace CloseLint.LanguageServer.Tests;

/// <summary>Runs the real <c>closelint lsp</c> process over stdio.</summary>
public sealed class ProcessTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Closelint_lsp_serves_from_initialize_to_exit_and_exits_with_zero()
    {
        using var process = StartServer();
        var callbacks = new ClientCallbacks();
        using var rpc = Connect(process, callbacks);

        var initialize = await rpc.InvokeWithParameterObjectAsync<JsonElement>("initialize",
            new { processId = Environment.ProcessId, rootUri = (string?)null, capabilities = new { } }).WaitAsync(Timeout);
        initialize.GetProperty("serverInfo").GetProperty("name").GetString().ShouldBe("closelint");
        await rpc.NotifyWithParameterObjectAsync("initialized", new { });
        await rpc.NotifyWithParameterObjectAsync("textDocument/didOpen",
            new { textDocument = new { uri = "file:///tmp/closing.md", languageId = "markdown", version = 1, text = "# Summary\nI led nine nurses.\n" } });
        var diagnostics = AbstractLspTestClient.FromJson<PublishDiagnosticsParams>(await callbacks.Published.Reader.ReadAsync().AsTask().WaitAsync(Timeout));
        diagnostics.Uri.ShouldBe("file:///tmp/closing.md");
        diagnostics.Version.ShouldBe(1);

        (await rpc.InvokeWithParameterObjectAsync<JsonElement>("shutdown", null).WaitAsync(Timeout)).ValueKind.ShouldBe(JsonValueKind.Null);
        await rpc.NotifyWithParameterObjectAsync("exit", null);
        await process.WaitForExitAsync().WaitAsync(Timeout);
        process.ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task Closelint_lsp_exits_with_one_when_its_input_closes_without_shutdown()
    {
        using var process = StartServer();
        using (var rpc = Connect(process, new ClientCallbacks()))
        {
            await rpc.InvokeWithParameterObjectAsync<JsonElement>("initialize", new { processId = (int?)null, capabilities = new { } }).WaitAsync(Timeout);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(Timeout);
        process.ExitCode.ShouldBe(1);
    }

    [Fact]
    public async Task Closelint_lsp_answers_the_requests_it_read_before_its_input_closed_then_exits_cleanly()
    {
        using var process = StartServer(out var stderr);
        const string uri = "file:///tmp/caf%C3%A9/closing.md";
        var text = JsonSerializer.Serialize("# Summary\r\nI led nine nurses at the Café Zoë clinic 🙂 and cut waiting times by a third.\r\n\r\n# Close\r\nWhat are the next steps?\r\n");
        byte[] input =
        [
            .. LspFrames.Frame(LspFrames.Request(1, "initialize", """{"processId":null,"rootUri":null,"capabilities":{}}""")),
            .. LspFrames.Frame(LspFrames.Notification("initialized", "{}")),
            .. LspFrames.Frame(LspFrames.Notification("textDocument/didOpen", $$$"""{"textDocument":{"uri":"{{{uri}}}","languageId":"markdown","version":1,"text":{{{text}}}}}""")),
            .. LspFrames.Frame(LspFrames.Request(2, "textDocument/codeLens", $$$"""{"textDocument":{"uri":"{{{uri}}}"}}""")),
            .. LspFrames.Frame(LspFrames.Request(3, "textDocument/inlayHint", $$$$"""{"textDocument":{"uri":"{{{{uri}}}}"},"range":{"start":{"line":0,"character":0},"end":{"line":9,"character":0}}}""")),
        ];

        var output = new MemoryStream();
        var reading = process.StandardOutput.BaseStream.CopyToAsync(output);
        await process.StandardInput.BaseStream.WriteAsync(input);
        process.StandardInput.Close();
        await reading.WaitAsync(Timeout);
        await process.WaitForExitAsync().WaitAsync(Timeout);

        var messages = LspFrames.ReadAll(output.ToArray());
        foreach (var id in new[] { 1, 2, 3 })
        {
            var response = messages.Where(m => LspFrames.IsResponseTo(m, id)).ShouldHaveSingleItem();
            response.TryGetProperty("error", out _).ShouldBeFalse($"request {id} was answered with an error: {response}");
            response.TryGetProperty("result", out _).ShouldBeTrue();
        }

        messages.Single(m => LspFrames.IsResponseTo(m, 2)).GetProperty("result").GetArrayLength().ShouldBe(1);
        messages.Single(m => LspFrames.IsResponseTo(m, 3)).GetProperty("result").GetArrayLength().ShouldBeGreaterThan(0);
        process.ExitCode.ShouldBe(1);
        var log = stderr.ToString();
        log.ShouldNotContain("Unhandled exception");
        log.ShouldNotContain("   at ");
    }

    private static Process StartServer() => StartServer(out _);

    private static Process StartServer(out StringBuilder stderr)
    {
        var metadata = typeof(ProcessTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value);
        var dll = Path.Combine(metadata["RepoRoot"]!, "src", "CloseLint.Cli", "bin", metadata["Configuration"]!, "net10.0", "closelint.dll");
        File.Exists(dll).ShouldBeTrue($"build src/CloseLint.Cli first: {dll}");
        var start = CloseLintExecutable.CreateStartInfo(dll);
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.ArgumentList.Add("lsp");
        var process = Process.Start(start)!;
        var log = new StringBuilder();
        stderr = log;
        process.ErrorDataReceived += (_, e) =>
        {
            lock (log) log.AppendLine(e.Data);
        };
        process.BeginErrorReadLine();
        return process;
    }

    private static JsonRpc Connect(Process process, ClientCallbacks callbacks) =>
        AbstractLspTestClient.Connect(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, callbacks);
}
