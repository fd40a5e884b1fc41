using System.Text;
using System.Text.Json;
using CloseLint.Cli.Tests.Infrastructure;
using Shouldly;

namespace CloseLint.Cli.Tests;

/// <summary>
/// <c>--max-file-size</c>, and inputs that are not regular files: each is reported with its path and reason
/// (CL9003), never read past the limit or opened, and the rest of the batch is checked.
/// </summary>
public sealed class InputLimitTests : IDisposable
{
    private const string TooLargeHint = "; raise the limit with --max-file-size";
    private const string NotRegular = "so it was not opened; only regular files are read ('-' reads standard input)";
    private readonly TempFolder _temp = new();

    public InputLimitTests() => _temp.Write(".editorconfig", Fixtures.OneWarning());

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Reports_a_sparse_3_GB_file_over_a_1_MB_limit_with_both_sizes_and_checks_the_rest()
    {
        _temp.Write("batch/a-good.md", Fixtures.Good);
        using (var stream = File.Create(_temp.Combine("batch/huge.md"))) stream.SetLength(3L * 1024 * 1024 * 1024);
        _temp.Write("batch/z-good.txt", Fixtures.Good);

        var result = await CloseLintProcess.RunAsync(_temp.Path, "check", "batch", "--max-file-size", "1MB", "--format", "json");

        result.ExitCode.ShouldBe(2, result.ToString());
        var files = Files(result);
        files.Keys.ShouldBe(["batch/a-good.md", "batch/huge.md", "batch/z-good.txt"]);
        Messages(files["batch/huge.md"]).ShouldBe([$"CL9003: the file is 3.0 GB (3,221,225,472 bytes), over the 1 MB limit{TooLargeHint}"]);
        files["batch/huge.md"].GetProperty("speakingSeconds").ValueKind.ShouldBe(JsonValueKind.Null);
        foreach (var good in new[] { "batch/a-good.md", "batch/z-good.txt" }) Messages(files[good]).ShouldBe(["CL9002"], good);
    }

    [Theory]
    [InlineData(2047, "2KB")]
    [InlineData(2048, "2KB")]
    [InlineData(2048, "2048")]
    [InlineData(1536, "1.5KB")]
    public async Task Checks_a_file_at_or_just_under_the_limit(int size, string limit)
    {
        _temp.WriteBytes("script.md", Padded(size));

        var result = await CloseLintProcess.RunAsync(_temp.Path, "check", "script.md", "--max-file-size", limit, "--format", "json");

        result.ExitCode.ShouldBe(1, result.ToString());
        Messages(Files(result)["script.md"]).ShouldBe(["CL9002"]);
    }

    [Theory]
    [InlineData(2049, "2KB", "the file is 2.0 KB (2,049 bytes), over the 2 KB limit")]
    [InlineData(2048, "2047", "the file is 2.0 KB (2,048 bytes), over the 2,047 bytes limit")]
    [InlineData(2048, "1kib", "the file is 2.0 KB (2,048 bytes), over the 1 KB limit")]
    public async Task Reports_a_file_just_over_the_limit(int size, string limit, string message)
    {
        _temp.WriteBytes("script.md", Padded(size));

        var result = await CloseLintProcess.RunAsync(_temp.Path, "check", "script.md", "--max-file-size", limit);

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Stdout.ShouldContain($"script.md(1,1): error CL9003: {message}{TooLargeHint}");
    }

    [Fact]
    public async Task Reports_standard_input_over_the_limit_and_stops_reading_there()
    {
        // Under a pipe's 64 KB buffer, so the test can write it all although closelint stops reading at 10 KB + 1.
        var input = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("I want this job. ", 3_500)));

        var result = await CloseLintProcess.RunAsync(_temp.Path, ["check", "-", "--max-file-size", "10KB"], input);

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Stdout.ShouldContain($"<stdin>(1,1): error CL9003: standard input is over the 10 KB limit (reading stopped there){TooLargeHint}");
    }

    [Theory]
    [InlineData("abc", "'abc' is not a size")]
    [InlineData("64XB", "'64XB' is not a size")]
    [InlineData("1,5MB", "'1,5MB' is not a size")]
    [InlineData("-5", "'-5' is not a size")]
    [InlineData("0", "'0' is too small")]
    [InlineData("2GB", "'2GB' is over the largest limit, 1 GB")]
    public async Task Refuses_a_bad_max_file_size_with_a_usage_error(string value, string reason)
    {
        _temp.Write("script.md", Fixtures.Good);

        var result = await CloseLintProcess.RunAsync(_temp.Path, "check", "script.md", "--max-file-size", value);

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Stdout.ShouldBeEmpty();
        result.Stderr.ShouldContain($"closelint: --max-file-size: {reason}");
    }

    [SkippableFact]
    public async Task Reports_a_fifo_and_a_device_named_on_the_command_line_without_opening_them()
    {
        Skip.If(OperatingSystem.IsWindows(), "no FIFOs or /dev/null in Windows folders");
        SpecialFiles.Fifo(_temp.Combine("pipe.md"));
        _temp.Write("good.md", Fixtures.Good);

        // Opening the FIFO would wait for a writer forever; the process runner's timeout turns that into a failure.
        var result = await CloseLintProcess.RunAsync(_temp.Path, "check", "pipe.md", "/dev/null", "good.md");

        result.ExitCode.ShouldBe(2, result.ToString());
        var lines = result.Stdout.Split('\n');
        lines.ShouldContain($"pipe.md(1,1): error CL9003: is not a regular file (a FIFO), {NotRegular}");
        lines.ShouldContain($"/dev/null(1,1): error CL9003: is not a regular file (a character device), {NotRegular}");
        lines.ShouldContain(l => l.StartsWith("good.md(1,1): warning CL9002", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Reports_a_fifo_and_a_socket_found_in_a_folder_and_an_ignore_file_that_is_a_fifo_is_skipped()
    {
        Skip.If(OperatingSystem.IsWindows(), "no FIFOs or Unix sockets in Windows folders");
        _temp.Write("batch/good.md", Fixtures.Good);
        SpecialFiles.Fifo(_temp.Combine("batch/pipe.md"));
        SpecialFiles.Fifo(_temp.Combine("batch/.closelintignore"));
        using var socket = SpecialFiles.Socket(_temp.Combine("batch/sock.txt"));

        var result = await CloseLintProcess.RunAsync(_temp.Path, "check", "batch", "--format", "json");

        result.ExitCode.ShouldBe(2, result.ToString());
        var files = Files(result);
        files.Keys.ShouldBe(["batch/good.md", "batch/pipe.md", "batch/sock.txt"]);
        Messages(files["batch/pipe.md"]).ShouldBe([$"CL9003: is not a regular file (a FIFO), {NotRegular}"]);
        Messages(files["batch/sock.txt"]).ShouldBe([$"CL9003: is not a regular file (a socket), {NotRegular}"]);
        Messages(files["batch/good.md"]).ShouldBe(["CL9002"]);
    }

    /// <summary>A good script padded with trailing spaces to exactly <paramref name="size"/> bytes.</summary>
    private static byte[] Padded(int size)
    {
        var script = Encoding.UTF8.GetBytes(Fixtures.Good + "\n");
        script.Length.ShouldBeLessThan(size);
        return [.. script, .. Enumerable.Repeat((byte)' ', size - script.Length)];
    }

    private static Dictionary<string, JsonElement> Files(CliResult result)
    {
        using var json = Fixtures.ParseJson(result);
        return json.RootElement.Items("files").ToDictionary(f => f.GetProperty("path").GetString()!, f => f.Clone());
    }

    /// <summary>The ids of the findings, with the message for CloseLint's input problems.</summary>
    private static List<string> Messages(JsonElement file) =>
    [
        .. file.Items("diagnostics").Select(d => d.GetProperty("id").GetString() is "CL9003" or "CL9004"
            ? $"{d.GetProperty("id").GetString()}: {d.GetProperty("message").GetString()}"
            : d.GetProperty("id").GetString()!),
    ];
}
