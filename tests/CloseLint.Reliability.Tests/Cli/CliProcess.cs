using System.Diagnostics;
using System.Text.Json;

namespace CloseLint.Reliability.Tests.Cli;

/// <summary>Runs the built <c>closelint</c> tool as a process and records its output, exit code and peak memory.</summary>
internal static class CliProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr, long PeakWorkingSetBytes, TimeSpan Elapsed)
    {
        public JsonDocument Json() => JsonDocument.Parse(Stdout);

        public override string ToString() => $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
    }

    public static string ToolPath { get; } = FindTool();

    public static async Task<Result> RunAsync(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(ToolPath);
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment["NO_COLOR"] = "1";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        using var deadline = new CancellationTokenSource(timeout);
        while (!process.HasExited)
        {
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
            }

            if (deadline.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"closelint {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds} s");
            }

            await Task.WhenAny(process.WaitForExitAsync(), Task.Delay(50));
        }

        return new Result(process.ExitCode, await stdout, await stderr, peak, clock.Elapsed);
    }

    private static string FindTool()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var path = Path.Combine(RepoPaths.Root, "src", "CloseLint.Cli", "bin", configuration, "net10.0", "closelint.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("build the CLI first", path);
    }
}
