using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Shouldly;

namespace CloseLint.Reliability.Tests.Cli;

/// <summary>The batch CLI over hostile files: each is reported with its path and reason, the rest is checked, nothing hangs.</summary>
public sealed class CliHostileInputTests : IDisposable
{
    private const string Good = "I led a team of twelve nurses.\n\nCould we talk about next steps?\n";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_100_MB_file_is_refused_with_its_size_and_the_limit_in_bounded_memory()
    {
        _temp.Write("batch/a-good.md", Good);
        var huge = Path.Combine(_temp.Path, "batch", "huge.txt");
        using (var stream = File.Create(huge)) stream.SetLength(100L * 1024 * 1024);
        _temp.Write("batch/z-good.txt", Good);

        var result = await CliProcess.RunAsync(_temp.Path, Timeout, "check", "batch", "--format", "json", "-q");

        result.ExitCode.ShouldBe(2, result.ToString());
        var files = Files(result);
        files.Keys.ShouldBe(["batch/a-good.md", "batch/huge.txt", "batch/z-good.txt"]);
        Messages(files["batch/huge.txt"]).ShouldBe(["CL9003: the file is 100.0 MB (104,857,600 bytes), over the 64 MB limit; raise the limit with --max-file-size"]);
        result.PeakWorkingSetBytes.ShouldBeLessThan(250L * 1024 * 1024, "peak working set");
    }

    [Fact]
    public async Task Names_with_spaces_and_non_ascii_characters_a_symlink_loop_and_a_dangling_link_are_all_reported()
    {
        _temp.Write("batch/my script.md", Good);
        _temp.Write("batch/José 🎉.md", Good);
        _temp.Write("batch/日本語.txt", Good);
        _temp.Write("batch/sub/deeper/ok.md", Good);
        File.CreateSymbolicLink(Path.Combine(_temp.Path, "batch", "sub", "loop"), "..");
        File.CreateSymbolicLink(Path.Combine(_temp.Path, "batch", "gone.md"), "/nonexistent/closelint/gone.md");

        var result = await CliProcess.RunAsync(_temp.Path, Timeout, "check", "batch", "--format", "json", "-q");

        var files = Files(result);
        files.Keys.ShouldBe(["batch/gone.md", "batch/José 🎉.md", "batch/my script.md", "batch/sub/deeper/ok.md", "batch/日本語.txt"], ignoreOrder: true);
        Messages(files["batch/gone.md"]).Single().ShouldStartWith("CL9003: cannot be read: ");
        foreach (var good in files.Where(f => f.Key != "batch/gone.md")) Messages(good.Value).ShouldNotContain(m => m.StartsWith("CL9003"));
    }

    [SkippableFact]
    public async Task A_fifo_in_a_batch_is_reported_instead_of_blocking_the_batch()
    {
        Skip.If(OperatingSystem.IsWindows(), "FIFOs in folders are a Unix thing");
        _temp.Write("batch/good.md", Good);
        RunTool("mkfifo", Path.Combine(_temp.Path, "batch", "pipe.md"));
        // A second FIFO as the ignore file: reading it would block the folder search itself.
        RunTool("mkfifo", Path.Combine(_temp.Path, "batch", ".closelintignore"));

        // A regression blocks on open(2) forever; the timeout kills it and fails the test instead of hanging the run.
        var result = await CliProcess.RunAsync(_temp.Path, TimeSpan.FromSeconds(30), "check", "batch", "--format", "json", "-q");

        result.ExitCode.ShouldBe(2, result.ToString());
        var files = Files(result);
        files.Keys.ShouldBe(["batch/good.md", "batch/pipe.md"]);
        Messages(files["batch/pipe.md"]).ShouldBe(["CL9003: is not a regular file (a FIFO), so it was not opened; only regular files are read ('-' reads standard input)"]);
        Messages(files["batch/good.md"]).ShouldNotContain(m => m.StartsWith("CL9003"));
    }

    [SkippableFact]
    public async Task A_fifo_named_editorconfig_does_not_block_the_batch()
    {
        Skip.If(OperatingSystem.IsWindows(), "FIFOs in folders are a Unix thing");
        _temp.Write("batch/good.md", Good);
        var fifo = Path.Combine(_temp.Path, "batch", ".editorconfig");
        RunTool("mkfifo", fifo);

        // A regression blocks on open(2) forever; the timeout kills it and fails the test instead of hanging the run.
        var result = await CliProcess.RunAsync(_temp.Path, TimeSpan.FromSeconds(30), "check", "batch", "--format", "json", "-q");

        var files = Files(result);
        files.Keys.ShouldBe(["batch/good.md"]);
        Messages(files["batch/good.md"]).ShouldContain($"CL9002: {fifo}: is not a regular file (a FIFO), so it was not opened; settings are read only from a regular file", result.ToString());
    }

    [SkippableFact]
    public async Task Fix_when_the_write_fails_reports_it_and_leaves_the_original_intact()
    {
        const string original = "I'd love to join your team. So when do I start?\n";
        var path = _temp.Write("locked/closing.md", original);
        var folder = Path.GetDirectoryName(path)!;
        var dryRun = await CliProcess.RunAsync(_temp.Path, Timeout, "check", "locked", "--fix", "--dry-run", "-q");
        // The rules' wording of the fix changes; what matters is that there is one to write.
        dryRun.Stdout.ShouldContain("-I'd love to join your team. So when do I start?", customMessage: "the text has a fix to write");
        // Root ignores file modes; an immutable folder refuses the temporary file even to root (ext4, chattr).
        Skip.IfNot(TryRunTool("chattr", "+i", folder), "chattr +i is not possible on this file system");
        try
        {
            var result = await CliProcess.RunAsync(_temp.Path, Timeout, "check", "locked", "--fix", "-q");

            result.ExitCode.ShouldBe(2, result.ToString());
            (result.Stdout + result.Stderr).ShouldContain("closing.md");
            File.ReadAllText(path).ShouldBe(original);
            Directory.GetFiles(folder).ShouldBe([path]);
        }
        finally
        {
            TryRunTool("chattr", "-i", folder);
        }
    }

    [Fact]
    public async Task Every_file_of_a_twenty_thousand_file_batch_is_reported_broken_ones_with_their_reasons()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("CLOSELINT_BATCH_FILES"), out var n) ? n : 20_000;
        var good = Encoding.UTF8.GetBytes(Good);
        Parallel.For(0, count, i => _temp.Write($"batch/{i / 500:D3}/script-{i:D5}.md", good));
        _temp.Write("batch/broken/binary.txt", [.. "PK"u8, 0, 1]);
        _temp.Write("batch/broken/latin1.md", [.. "Caf"u8, 0xE9]);
        _temp.Write("batch/broken/corrupt.docx", [.. "PK\u0003\u0004 not a zip"u8]);
        _temp.Write("batch/broken/form.csv", "student,closing_script\nana,\"never closed\n");
        File.CreateSymbolicLink(Path.Combine(_temp.Path, "batch", "broken", "gone.md"), "/nonexistent/x.md");

        var result = await CliProcess.RunAsync(_temp.Path, TimeSpan.FromMinutes(5), "check", "batch", "--format", "json", "-q");

        result.ExitCode.ShouldBe(2, result.Stderr);
        var files = Files(result);
        files.Count.ShouldBe(count + 5);
        foreach (var broken in new[] { "binary.txt", "latin1.md", "corrupt.docx", "form.csv#row 2", "gone.md" })
            Messages(files[$"batch/broken/{broken}"]).ShouldContain(m => m.StartsWith("CL9003: "), broken);
        files.Count(f => Messages(f.Value).Any(m => m.StartsWith("CL9003"))).ShouldBe(5);
        Console.WriteLine($"batch: {count + 5} files in {result.Elapsed.TotalSeconds:F1} s, peak working set {result.PeakWorkingSetBytes / 1048576} MB");
    }

    private static Dictionary<string, JsonElement> Files(CliProcess.Result result)
    {
        using var json = result.Json();
        return json.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => f.GetProperty("path").GetString() + (f.GetProperty("record").ValueKind == JsonValueKind.String ? "#" + f.GetProperty("record").GetString() : ""), f => f.Clone());
    }

    private static List<string> Messages(JsonElement file) =>
        [.. file.GetProperty("diagnostics").EnumerateArray().Select(d => $"{d.GetProperty("id").GetString()}: {d.GetProperty("message").GetString()}")];

    private static void RunTool(string tool, params string[] arguments)
    {
        if (!TryRunTool(tool, arguments)) throw new InvalidOperationException($"{tool} failed");
    }

    private static bool TryRunTool(string tool, params string[] arguments)
    {
        try
        {
            var info = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in arguments) info.ArgumentList.Add(a);
            using var process = Process.Start(info)!;
            process.WaitForExit(10_000);
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
