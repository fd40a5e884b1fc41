using System.Text.Json;
using CloseLint.Cli.Tests.Infrastructure;
using Shouldly;

namespace CloseLint.Cli.Tests;

/// <summary>
/// An empty or whitespace-only script gets one CL9004 warning that says so, not the rules' findings about a summary,
/// concern question and ask that nobody wrote; a script with words in it is checked as usual.
/// </summary>
public sealed class EmptyScriptTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Reports_an_empty_file_and_a_whitespace_only_crlf_file_with_one_warning_each_instead_of_rule_findings()
    {
        _temp.Write("batch/empty.md", "");
        _temp.Write("batch/blank.txt", "  \r\n\t\r\n\u00A0\u3000\r\n");
        _temp.WriteBytes("batch/bom.md", [0xEF, 0xBB, 0xBF, (byte)'\r', (byte)'\n']);
        _temp.Write("batch/troubled.md", Fixtures.Troubled);

        var result = await CloseLintProcess.RunAsync(_temp.Path, "check", "batch", "--format", "json");

        result.ExitCode.ShouldBe(1, result.ToString());
        using var json = Fixtures.ParseJson(result);
        var files = json.RootElement.Items("files").ToDictionary(f => f.GetProperty("path").GetString()!);
        Single(files["batch/empty.md"]).ShouldBe("warning CL9004 (0,0)-(0,0): the file is empty: there is no script to check");
        Single(files["batch/blank.txt"]).ShouldBe("warning CL9004 (0,0)-(0,0): the file holds only whitespace: there is no script to check");
        Single(files["batch/bom.md"]).ShouldBe("warning CL9004 (0,0)-(0,0): the file holds only whitespace: there is no script to check");
        files["batch/empty.md"].GetProperty("speakingSeconds").GetDouble().ShouldBe(0);
        // The rules still run on a script with words in it, so the empty ones' silence is not the rules being off.
        files["batch/troubled.md"].Items("diagnostics").Select(d => d.GetProperty("id").GetString()).ShouldContain("CL0003");
        files["batch/troubled.md"].Items("diagnostics").ShouldNotContain(d => d.GetProperty("id").GetString() == "CL9004");
    }

    [Fact]
    public async Task Reports_empty_and_blank_csv_cells_by_row_and_checks_the_other_rows()
    {
        _temp.Write("form.csv", "student,closing_script\r\nana,\r\nben,\"  \r\n  \"\r\ncy,\"" + Fixtures.Troubled + "\"\r\n");

        var result = await CloseLintProcess.RunAsync(_temp.Path, "check", "form.csv");

        result.ExitCode.ShouldBe(1, result.ToString());
        var lines = result.Stdout.Split('\n');
        lines.Where(l => l.StartsWith("form.csv[row 2: ana]", StringComparison.Ordinal))
            .ShouldBe(["form.csv[row 2: ana](1,1): warning CL9004: the script cell is empty: there is no script to check"]);
        lines.Where(l => l.StartsWith("form.csv[row 3: ben]", StringComparison.Ordinal))
            .ShouldBe(["form.csv[row 3: ben](1,1): warning CL9004: the script cell holds only whitespace: there is no script to check"]);
        lines.ShouldContain(l => l.StartsWith("form.csv[row 4: cy]", StringComparison.Ordinal) && l.Contains("CL0003"));
    }

    [Fact]
    public async Task Reports_empty_standard_input_and_an_empty_word_document()
    {
        _temp.WriteBytes("empty.docx", Docx.Create("", "  "));

        var stdin = await CloseLintProcess.RunAsync(_temp.Path, ["check", "-"], []);
        var docx = await CloseLintProcess.RunAsync(_temp.Path, "check", "empty.docx");

        stdin.Stdout.ShouldContain("<stdin>(1,1): warning CL9004: standard input is empty: there is no script to check");
        docx.Stdout.ShouldContain("empty.docx(paragraph 1, character 1): warning CL9004: the document holds only whitespace: there is no script to check");
    }

    [Theory]
    [InlineData("none", 0, "")]
    [InlineData("suggestion", 0, "suggestion CL9004")]
    [InlineData("error", 1, "error CL9004")]
    public async Task Empty_script_severity_comes_from_editorconfig_and_is_not_an_input_error(string severity, int exitCode, string expected)
    {
        _temp.Write(".editorconfig", $"root = true\n[*]\ncloselint_diagnostic.CL9004.severity = {severity}\n");
        _temp.Write("empty.md", "\n\n");

        var result = await CloseLintProcess.RunAsync(_temp.Path, "check", "empty.md");

        result.ExitCode.ShouldBe(exitCode, result.ToString());
        var findings = result.Stdout.Split('\n').Where(l => l.StartsWith("empty.md(", StringComparison.Ordinal)).ToList();
        if (expected.Length == 0) findings.ShouldBeEmpty();
        else findings.ShouldHaveSingleItem().ShouldContain(expected);
    }

    [Fact]
    public async Task Keeps_configuration_problems_on_an_empty_script()
    {
        _temp.Write(".editorconfig", Fixtures.OneWarning());
        _temp.Write("empty.md", "");

        var result = await CloseLintProcess.RunAsync(_temp.Path, "check", "empty.md", "--format", "json");

        using var json = Fixtures.ParseJson(result);
        json.RootElement.Items("files").ShouldHaveSingleItem().Items("diagnostics").Select(d => d.GetProperty("id").GetString())
            .ShouldBe(["CL9002", "CL9004"]);
    }

    [Fact]
    public async Task Fix_leaves_an_empty_file_alone()
    {
        var path = _temp.Write("empty.md", " \r\n");

        var result = await CloseLintProcess.RunAsync(_temp.Path, "check", "empty.md", "--fix");

        result.ExitCode.ShouldBe(1, result.ToString());
        File.ReadAllText(path).ShouldBe(" \r\n");
    }

    private static string Single(JsonElement file)
    {
        var d = file.Items("diagnostics").ShouldHaveSingleItem();
        var range = d.GetProperty("range");
        string At(string end) => $"({range.GetProperty(end).GetProperty("line").GetInt32()},{range.GetProperty(end).GetProperty("character").GetInt32()})";
        return $"{d.GetProperty("severity").GetString()} {d.GetProperty("id").GetString()} {At("start")}-{At("end")}: {d.GetProperty("message").GetString()}";
    }
}
