using System.Diagnostics;
using System.Text;
using CloseLint.Testing;

namespace CloseLint.Cli.Tests.Infrastructure;

/// <summary>
/// Runs the built CLI (<c>dotnet closelint.dll …</c>, or the native build that <see cref="CloseLintExecutable"/> names)
/// as a separate process, as a user or CI would.
/// </summary>
public static class CloseLintProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The built tool: the copy the test project's build put beside the tests.</summary>
    public static string DllPath { get; } = FindDll();

    public static async Task<CliResult> RunAsync(string workingDirectory, IEnumerable<string> arguments, byte[]? stdin = null)
    {
        var start = CloseLintExecutable.CreateStartInfo(DllPath);
        start.WorkingDirectory = workingDirectory;
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.StandardOutputEncoding = Encoding.UTF8;
        start.StandardErrorEncoding = Encoding.UTF8;
        start.UseShellExecute = false;
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("NO_COLOR");
        start.Environment.Remove("CI");

        using var process = Process.Start(start) ?? throw new InvalidOperationException("closelint did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null) await process.StandardInput.BaseStream.WriteAsync(stdin);
        process.StandardInput.Close();

        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"closelint {string.Join(' ', arguments)} did not finish in {Timeout}");
        }

        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    public static Task<CliResult> RunAsync(string workingDirectory, params string[] arguments) => RunAsync(workingDirectory, arguments, null);

    private static string FindDll()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "closelint.dll");
        if (!File.Exists(path) || !File.Exists(Path.Combine(AppContext.BaseDirectory, "closelint.runtimeconfig.json")))
            throw new FileNotFoundException("The built closelint.dll (with its runtimeconfig) is not beside the tests.", path);
        return path;
    }
}
