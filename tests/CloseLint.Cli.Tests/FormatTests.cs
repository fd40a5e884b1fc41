using System.Text.Json;
using System.Text.RegularExpressions;
using CloseLint.Cli.Tests.Infrastructure;
using Json.Schema;
using Shouldly;

namespace CloseLint.Cli.Tests;

/// <summary>Every report format, checked against its contract.</summary>
public sealed partial class FormatTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public FormatTests()
    {
        _temp.Write(".editorconfig", Fixtures.OneWarning());
        _temp.Write("class/ana lima.md", Fixtures.Good);
        _temp.Write("class/ben.txt", Fixtures.Troubled);
        _temp.WriteBytes("class/chloé.docx", Docx.Create("# Summary", "I've run a café for two years.", "# Ask", "I want this job. What are the next steps?"));
        _temp.Write("class/form.csv", "student,closing_script\nDee,I want this job.\n");
        _temp.WriteBytes("class/broken.txt", [0x49, 0x20, 0xFF]);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Text_is_compiler_style_without_color_when_redirected()
    {
        var result = await CloseLintProcess.RunAsync(_temp.Path, "check", "class");

        var lines = result.Stdout.TrimEnd().Split('\n');
        lines.ShouldContain(l => l.StartsWith("class/ana lima.md(1,1): warning CL9002: ", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("class/chloé.docx(paragraph 1, character 1): warning CL9002: ", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("class/form.csv[row 2: Dee](1,1): warning CL9002: ", StringComparison.Ordinal));
        lines.ShouldContain("class/broken.txt(1,3): error CL9003: cannot be read as text: invalid UTF-8 at line 1, column 3 (byte offset 2)");
        lines[^1].ShouldStartWith("Checked 5 files: 1 error, ");
        result.Stdout.ShouldNotContain("\u001b[");
        foreach (var line in lines[..^1]) (line ?? "").ShouldMatch(@"^class/.+\(.+\): (error|warning|suggestion) CL\d{4}: .+$");
    }

    [Fact]
    public async Task Json_has_exactly_the_documented_shape()
    {
        var result = await CloseLintProcess.RunAsync(_temp.Path, "check", "class", "--format", "json");

        using var json = Fixtures.ParseJson(result);
        var root = json.RootElement;
        root.ShouldHaveProperties("version", "files", "summary");
        root.GetProperty("version").GetInt32().ShouldBe(1);
        var files = root.Items("files");
        files.Length.ShouldBe(5);
        int errors = 0, warnings = 0, suggestions = 0;
        foreach (var file in files)
        {
            file.ShouldHaveProperties("path", "record", "speakingSeconds", "summarySeconds", "diagnostics");
            file.GetProperty("path").ValueKind.ShouldBe(JsonValueKind.String);
            file.GetProperty("record").ValueKind.ShouldBeOneOf(JsonValueKind.String, JsonValueKind.Null);
            file.GetProperty("speakingSeconds").ValueKind.ShouldBeOneOf(JsonValueKind.Number, JsonValueKind.Null);
            file.GetProperty("summarySeconds").ValueKind.ShouldBeOneOf(JsonValueKind.Number, JsonValueKind.Null);
            foreach (var diagnostic in file.Items("diagnostics"))
            {
                diagnostic.ShouldHaveProperties("id", "severity", "message", "range", "offset", "length");
                diagnostic.GetProperty("id").GetString()!.ShouldMatch(@"^CL\d{4}$");
                var severity = diagnostic.GetProperty("severity").GetString();
                severity.ShouldBeOneOf("error", "warning", "suggestion", "info");
                errors += severity == "error" ? 1 : 0;
                warnings += severity == "warning" ? 1 : 0;
                suggestions += severity == "suggestion" ? 1 : 0;
                var range = diagnostic.GetProperty("range");
                range.ShouldHaveProperties("start", "end");
                foreach (var end in new[] { range.GetProperty("start"), range.GetProperty("end") })
                {
                    end.ShouldHaveProperties("line", "character");
                    end.GetProperty("line").GetInt32().ShouldBeGreaterThanOrEqualTo(0);
                    end.GetProperty("character").GetInt32().ShouldBeGreaterThanOrEqualTo(0);
                }

                diagnostic.GetProperty("offset").GetInt32().ShouldBeGreaterThanOrEqualTo(0);
                diagnostic.GetProperty("length").GetInt32().ShouldBeGreaterThanOrEqualTo(0);
            }
        }

        files.Select(f => f.GetProperty("path").GetString()).ShouldBe(["class/ana lima.md", "class/ben.txt", "class/broken.txt", "class/chloé.docx", "class/form.csv"]);
        files[4].GetProperty("record").GetString().ShouldBe("Dee");
        files[2].GetProperty("speakingSeconds").ValueKind.ShouldBe(JsonValueKind.Null);
        var summary = root.GetProperty("summary");
        summary.ShouldHaveProperties("files", "errors", "warnings", "suggestions");
        summary.GetProperty("files").GetInt32().ShouldBe(5);
        summary.GetProperty("errors").GetInt32().ShouldBe(errors);
        summary.GetProperty("warnings").GetInt32().ShouldBe(warnings);
        summary.GetProperty("suggestions").GetInt32().ShouldBe(suggestions);
    }

    [Fact]
    public async Task Sarif_is_valid_against_the_sarif_2_1_0_schema()
    {
        var result = await CloseLintProcess.RunAsync(_temp.Path, "check", "class", "--format", "sarif", "--output", "out/report.sarif");

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Stdout.ShouldBeEmpty();
        using var sarif = JsonDocument.Parse(_temp.Read("out/report.sarif"));
        var evaluation = SarifSchema.Instance.Evaluate(sarif.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        evaluation.IsValid.ShouldBeTrue(string.Join("\n", (evaluation.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));

        var run = sarif.RootElement.Items("runs").ShouldHaveSingleItem();
        var rules = run.GetProperty("tool").GetProperty("driver").Items("rules");
        rules.Select(r => r.GetProperty("id").GetString()).ShouldContain("CL9002");
        foreach (var rule in rules) rule.GetProperty("helpUri").GetString()!.ShouldStartWith("https://");
        var results = run.Items("results");
        results.Length.ShouldBe(5);
        var uris = results.Select(r => r.Items("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()).ToList();
        uris.ShouldContain("class/ana%20lima.md");
        uris.ShouldContain("class/chlo%C3%A9.docx");
        foreach (var item in results)
            rules[item.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString().ShouldBe(item.GetProperty("ruleId").GetString());
        run.Items("invocations").ShouldHaveSingleItem().GetProperty("executionSuccessful").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Sarif_schema_check_rejects_a_broken_log()
    {
        var result = await CloseLintProcess.RunAsync(_temp.Path, "check", "class/ana lima.md", "--format", "sarif");
        var node = System.Text.Json.Nodes.JsonNode.Parse(result.Stdout)!;
        node["runs"]![0]!["results"]![0]!["level"] = "loud";

        using var broken = JsonDocument.Parse(node.ToJsonString());
        SarifSchema.Instance.Evaluate(broken.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid.ShouldBeFalse();
    }

    [Fact]
    public async Task GitHub_writes_one_workflow_command_a_finding()
    {
        var result = await CloseLintProcess.RunAsync(_temp.Path, "check", "class", "--format", "github");

        var lines = result.Stdout.TrimEnd().Split('\n');
        lines.ShouldContain(l => l.StartsWith("::warning file=class/ana lima.md,line=1,col=1,endLine=1,endColumn=1,title=CL9002 Configuration problem::", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("::warning file=class/form.csv,line=2,title=CL9002 Configuration problem [row 2%3A Dee]::", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("::warning file=class/chloé.docx,title=CL9002 Configuration problem (paragraph 1)::", StringComparison.Ordinal));
        lines.ShouldContain("::error file=class/broken.txt,line=1,col=3,endLine=1,endColumn=3,title=CL9003 Input cannot be read::cannot be read as text: invalid UTF-8 at line 1, column 3 (byte offset 2)");
        lines.Count(l => l.StartsWith("::", StringComparison.Ordinal)).ShouldBe(5);
    }

    [Fact]
    public async Task Html_is_one_self_contained_page_for_a_coach()
    {
        var result = await CloseLintProcess.RunAsync(_temp.Path, "check", "class", "--format", "html", "--output", "report.html");

        result.Stdout.ShouldBeEmpty();
        var html = _temp.Read("report.html");
        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("<meta charset=\"utf-8\">");
        Regex.Matches(html, "<svg ").Count.ShouldBe(2);
        Regex.Matches(html, "<tr><td><a href=\"#script-\\d+\">").Count.ShouldBe(5);
        Regex.Matches(html, "<article id=\"script-\\d+\">").Count.ShouldBe(5);
        html.ShouldContain("chloé.docx");
        html.ShouldContain("Dee");
        html.ShouldContain("could not be read");
        html.ShouldContain("✓");
        html.ShouldContain("✗");
        ExternalReference().Matches(html).Select(m => m.Value).ShouldBeEmpty();
    }

    [GeneratedRegex("""<(script|link|img|iframe|object|embed)\b|\bsrc\s*=|url\(|@import""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
