using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using CloseLint.LanguageServer.Protocol;
using CloseLint.LanguageServer.Tests.Infrastructure;
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
        var diagnostics = await callbacks.Diagnostics.Reader.ReadAsync().AsTask().WaitAsync(Timeout);
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

    private static Process StartServer()
    {
        var metadata = typeof(ProcessTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value);
        var dll = Path.Combine(metadata["RepoRoot"]!, "src", "CloseLint.Cli", "bin", metadata["Configuration"]!, "net10.0", "closelint.dll");
        File.Exists(dll).ShouldBeTrue($"build src/CloseLint.Cli first: {dll}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("lsp");
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    private static JsonRpc Connect(Process process, ClientCallbacks callbacks)
    {
        var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, LspJson.CreateFormatter()));
        rpc.AddLocalRpcTarget(callbacks, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true, AllowNonPublicInvocation = true });
        rpc.StartListening();
        return rpc;
    }
}
