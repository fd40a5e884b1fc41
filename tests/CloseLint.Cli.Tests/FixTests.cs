using System.Text;
using CloseLint.Cli.Tests.Infrastructure;
using Shouldly;

namespace CloseLint.Cli.Tests;

/// <summary>--fix rewrites .txt and .md files in place; --fix --dry-run prints the diff; CSV and Word files are never touched.</summary>
public sealed class FixTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public FixTests() => _temp.Write(".editorconfig", "root = true\n");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Fix_rewrites_the_file_with_the_fixes_the_dry_run_showed()
    {
        BuiltInCodeFixes.All.ShouldNotBeEmpty("the built-in rules ship quick fixes");
        var original = Fixtures.Troubled.ReplaceLineEndings("\r\n");
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(original)];
        _temp.WriteBytes("ben.md", bytes);

        var before = await CloseLintProcess.RunAsync(_temp.Path, "check", "ben.md", "--format", "json");
        var dryRun = await CloseLintProcess.RunAsync(_temp.Path, "check", "ben.md", "--fix", "--dry-run");
        File.ReadAllBytes(_temp.Combine("ben.md")).ShouldBe(bytes, "a dry run writes nothing");
        var fix = await CloseLintProcess.RunAsync(_temp.Path, "check", "ben.md", "--fix");
        var after = await CloseLintProcess.RunAsync(_temp.Path, "check", "ben.md", "--format", "json");

        dryRun.Stdout.ShouldStartWith("--- a/ben.md\n+++ b/ben.md\n@@ ");
        fix.Stdout.ShouldContain("Fixed ");
        var fixedBytes = File.ReadAllBytes(_temp.Combine("ben.md"));
        fixedBytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }, "the byte order mark is kept");
        var fixedText = Encoding.UTF8.GetString(fixedBytes[3..]);
        fixedText.ShouldNotBe(original);
        foreach (var line in dryRun.Stdout.Split('\n').Where(l => l.StartsWith('+') && !l.StartsWith("+++", StringComparison.Ordinal)))
            fixedText.ShouldContain(line[1..].TrimEnd('\r'));
        CountDiagnostics(after).ShouldBeLessThan(CountDiagnostics(before));
        Directory.GetFiles(_temp.Path, "*closelint-tmp*").ShouldBeEmpty();
    }

    [Fact]
    public async Task Fix_never_changes_csv_or_docx_files()
    {
        var csv = Encoding.UTF8.GetBytes("student,closing_script\nben,\"" + Fixtures.Troubled + "\"\n");
        var docx = Docx.Create(Fixtures.Troubled.Split('\n'));
        _temp.WriteBytes("form.csv", csv);
        _temp.WriteBytes("ben.docx", docx);

        var result = await CloseLintProcess.RunAsync(_temp.Path, "check", "form.csv", "ben.docx", "--fix");

        File.ReadAllBytes(_temp.Combine("form.csv")).ShouldBe(csv);
        File.ReadAllBytes(_temp.Combine("ben.docx")).ShouldBe(docx);
        result.Stderr.ShouldContain("--fix never changes .csv, .tsv or .docx files");
        result.Stdout.ShouldNotContain("Fixed ");
    }

    [Fact]
    public async Task Dry_run_of_a_clean_file_prints_no_diff()
    {
        _temp.Write(".editorconfig", Fixtures.Quiet);
        _temp.Write("good.md", Fixtures.Good);

        var result = await CloseLintProcess.RunAsync(_temp.Path, "check", "good.md", "--fix", "--dry-run");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Stdout.ShouldBeEmpty();
        _temp.Read("good.md").ShouldBe(Fixtures.Good);
    }

    private static int CountDiagnostics(CliResult result)
    {
        using var json = Fixtures.ParseJson(result);
        return json.RootElement.Items("files").Sum(f => f.Items("diagnostics").Length);
    }
}
