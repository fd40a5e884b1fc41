using System.Text;
using System.Text.Json;
using CloseLint.Cli.Tests.Infrastructure;
using Shouldly;

namespace CloseLint.Cli.Tests;

/// <summary>A batch with broken files reports each one with its path and reason, and checks the rest.</summary>
public sealed class BrokenInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public BrokenInputTests()
    {
        _temp.Write(".editorconfig", Fixtures.OneWarning());
        _temp.Write("batch/1-good.txt", Fixtures.Good);
        _temp.WriteBytes("batch/2-binary.txt", [.. Encoding.UTF8.GetBytes("PK starts like text"), 0, 1, 2, 3]);
        // Line 2 (0-based 1) starts with an emoji (two UTF-16 code units) and a space; the bad byte follows.
        _temp.WriteBytes("batch/3-latin1.md", [.. Encoding.UTF8.GetBytes("I want this job.\r\n😀 Caf"), 0xE9, .. Encoding.UTF8.GetBytes(" next?\r\n")]);
        _temp.WriteBytes("batch/4-corrupt.docx", [.. Docx.Create("I want this job.").Take(200)]);
        _temp.Write("batch/5-form.csv", "student,closing_script\nana,I want this job.\nben,\"never closed\ncy,What are the next steps?\n");
        _temp.Write("batch/6-good.md", Fixtures.Good);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Reports_each_broken_file_and_checks_the_rest()
    {
        var result = await CloseLintProcess.RunAsync(_temp.Path, "check", "batch", "--format", "json");

        result.ExitCode.ShouldBe(2, result.ToString());
        using var json = Fixtures.ParseJson(result);
        var files = json.RootElement.Items("files");
        files.Select(f => f.GetProperty("path").GetString() + (f.GetProperty("record").ValueKind == JsonValueKind.Null ? "" : "#" + f.GetProperty("record").GetString()))
            .ShouldBe(["batch/1-good.txt", "batch/2-binary.txt", "batch/3-latin1.md", "batch/4-corrupt.docx", "batch/5-form.csv#ana", "batch/5-form.csv#row 3", "batch/6-good.md"]);

        Unreadable(files[1]).GetProperty("message").GetString().ShouldBe("cannot be read as text: binary data: a NUL byte at byte offset 19");
        var latin1 = Unreadable(files[2]);
        latin1.GetProperty("message").GetString()!.ShouldStartWith("cannot be read as text: invalid UTF-8 at line 2, column 7");
        latin1.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32().ShouldBe(1);
        latin1.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32().ShouldBe(6);
        Unreadable(files[3]).GetProperty("message").GetString()!.ShouldStartWith("is not a readable Word (.docx) document");
        Unreadable(files[5]).GetProperty("message").GetString()!.ShouldStartWith("row 3 (line 3) was skipped: a quoted cell is never closed");

        foreach (var good in new[] { files[0], files[4], files[6] })
        {
            good.GetProperty("speakingSeconds").GetDouble().ShouldBeGreaterThan(0);
            good.Items("diagnostics").Select(d => d.GetProperty("id").GetString()).ShouldBe(["CL9002"]);
        }

        json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32().ShouldBe(4);
    }

    [Fact]
    public async Task Text_report_names_each_broken_file_and_counts_them()
    {
        var result = await CloseLintProcess.RunAsync(_temp.Path, "check", "batch");

        result.ExitCode.ShouldBe(2);
        result.Stdout.ShouldContain("batch/2-binary.txt(1,20): error CL9003: cannot be read as text: binary data");
        result.Stdout.ShouldContain("batch/3-latin1.md(2,7): error CL9003: cannot be read as text: invalid UTF-8");
        result.Stdout.ShouldContain("batch/4-corrupt.docx(1,1): error CL9003: is not a readable Word (.docx) document");
        result.Stdout.ShouldContain("batch/5-form.csv[row 3](1,1): error CL9003: row 3 (line 3) was skipped");
        result.Stdout.TrimEnd().Split('\n')[^1].ShouldBe("Checked 7 scripts from 6 files: 4 errors, 3 warnings, 0 suggestions. 4 could not be read.");
    }

    private static JsonElement Unreadable(JsonElement file)
    {
        file.GetProperty("speakingSeconds").ValueKind.ShouldBe(JsonValueKind.Null);
        var diagnostic = file.Items("diagnostics").ShouldHaveSingleItem();
        diagnostic.GetProperty("id").GetString().ShouldBe("CL9003");
        diagnostic.GetProperty("severity").GetString().ShouldBe("error");
        return diagnostic;
    }
}
