using System.Text.Json;
using CloseLint.Cli.Tests.Infrastructure;
using Shouldly;

namespace CloseLint.Cli.Tests;

/// <summary>Which files a run reads, and how: every input type, folders, globs, ignore files, stdin and odd paths.</summary>
public sealed class InputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Reads_every_input_type_with_one_entry_a_file_or_row()
    {
        _temp.Write(".editorconfig", Fixtures.OneWarning());
        _temp.Write("a.txt", Fixtures.Good);
        _temp.Write("b.md", Fixtures.Good);
        _temp.WriteBytes("c.docx", Docx.Create("# Summary", "I've run a café for two years.", "# Ask", "I want this job. What are the next steps?"));
        _temp.Write("d.csv", "student,closing_script\nana,\"I want this job, truly.\"\nben,What are the next steps?\n");
        _temp.Write("e.tsv", "student\tclosing_script\ncy\tI want this job.\ndee\tWhat happens next?\n");
        _temp.Write("f.pdf", "not a script");

        var result = await CloseLintProcess.RunAsync(_temp.Path, "check", ".", "--format", "json");

        result.ExitCode.ShouldBe(1, result.ToString());
        using var json = Fixtures.ParseJson(result);
        var files = json.RootElement.Items("files");
        files.Select(f => f.GetProperty("path").GetString()).ShouldBe(["a.txt", "b.md", "c.docx", "d.csv", "d.csv", "e.tsv", "e.tsv"]);
        files.Select(f => f.GetProperty("record").ValueKind == JsonValueKind.Null ? null : f.GetProperty("record").GetString())
            .ShouldBe([null, null, null, "ana", "ben", "cy", "dee"]);
        foreach (var file in files)
        {
            file.GetProperty("speakingSeconds").GetDouble().ShouldBeGreaterThan(0);
            file.Items("diagnostics").Select(d => d.GetProperty("id").GetString()).ShouldBe(["CL9002"]);
        }
    }

    [Fact]
    public async Task Reads_standard_input_named_by_stdin_filename()
    {
        _temp.Write(".editorconfig", Fixtures.Quiet);
        var script = Fixtures.Utf8("I want this job.\n\n```\nnot prose at all, only code that nobody says aloud in an interview room\n```\n");

        var plain = CloseLintProcess.RunAsync(_temp.Path, ["check", "-", "--format", "json"], script);
        var markdown = CloseLintProcess.RunAsync(_temp.Path, ["check", "-", "--stdin-filename", "notes.md", "--format", "json"], script);
        await Task.WhenAll(plain, markdown);

        using var plainJson = Fixtures.ParseJson((await plain));
        using var markdownJson = Fixtures.ParseJson((await markdown));
        var plainFile = plainJson.RootElement.Items("files").ShouldHaveSingleItem();
        var markdownFile = markdownJson.RootElement.Items("files").ShouldHaveSingleItem();
        plainFile.GetProperty("path").GetString().ShouldBe("<stdin>");
        markdownFile.GetProperty("path").GetString().ShouldBe("notes.md");
        // As Markdown the code block is not prose, so the script is shorter to say.
        markdownFile.GetProperty("speakingSeconds").GetDouble().ShouldBeLessThan(plainFile.GetProperty("speakingSeconds").GetDouble());
    }

    [Fact]
    public async Task Searches_folders_honouring_closelintignore_include_exclude_and_globs()
    {
        _temp.Write(".editorconfig", Fixtures.Quiet);
        foreach (var path in new[] { "docs/a.md", "docs/sub/b.txt", "docs/sub/c.md", "docs/skip/d.md", "docs/node_modules/e.md", "docs/sub/keep.md", "other/f.md" })
            _temp.Write(path, Fixtures.Good);
        _temp.Write("docs/.closelintignore", "# drafts\nskip/\n*.md\n!a.md\n");
        _temp.Write("docs/sub/.closelintignore", "!keep.md\n");

        var folder = CloseLintProcess.RunAsync(_temp.Path, "check", "docs", "--format", "json");
        var included = CloseLintProcess.RunAsync(_temp.Path, "check", "docs", "--include", "**/*.txt", "--format", "json");
        var excluded = CloseLintProcess.RunAsync(_temp.Path, "check", ".", "--exclude", "docs/**", "--format", "json");
        var glob = CloseLintProcess.RunAsync(_temp.Path, "check", "docs/**/*.{md,txt}", "--format", "json");
        await Task.WhenAll(folder, included, excluded, glob);

        Paths((await folder)).ShouldBe(["docs/a.md", "docs/sub/b.txt", "docs/sub/keep.md"]);
        Paths((await included)).ShouldBe(["docs/sub/b.txt"]);
        Paths((await excluded)).ShouldBe(["other/f.md"]);
        Paths((await glob)).ShouldBe(["docs/a.md", "docs/sub/b.txt", "docs/sub/keep.md"]);
    }

    [Fact]
    public async Task Keeps_input_order_and_checks_a_file_named_twice_once()
    {
        _temp.Write(".editorconfig", Fixtures.Quiet);
        var names = Enumerable.Range(0, 40).Select(i => $"many/script-{i:00}.txt").ToList();
        foreach (var name in names) _temp.Write(name, $"Script {name}. " + string.Concat(Enumerable.Repeat("I want this job. ", 1 + names.IndexOf(name) % 7)));
        _temp.Write("first.md", Fixtures.Good);

        var result = await CloseLintProcess.RunAsync(_temp.Path, "check", "first.md", "many", "first.md", "--format", "json", "--jobs", "2");

        Paths(result).ShouldBe(["first.md", .. names]);
    }

    [Fact]
    public async Task Reports_paths_with_spaces_and_non_ascii_letters_exactly()
    {
        _temp.Write(".editorconfig", Fixtures.OneWarning());
        _temp.Write("Zoë Müller/closing 😀 final.md", Fixtures.Good);

        var json = CloseLintProcess.RunAsync(_temp.Path, "check", "Zoë Müller", "--format", "json");
        var text = CloseLintProcess.RunAsync(_temp.Path, "check", "Zoë Müller/closing 😀 final.md");
        await Task.WhenAll(json, text);

        Paths((await json)).ShouldBe(["Zoë Müller/closing 😀 final.md"]);
        (await text).Stdout.ShouldStartWith("Zoë Müller/closing 😀 final.md(1,1): warning CL9002: ");
    }

    [Fact]
    public async Task Names_csv_rows_by_id_or_by_row_number_and_reads_quoted_cells()
    {
        _temp.Write(".editorconfig", Fixtures.OneWarning());
        _temp.Write("form.csv",
            "Timestamp,Name,Script\r\n"
            + "2024-05-01,\"Okafor, Ben\",\"He said \"\"hire me\"\", then:\r\nI want this job.\"\r\n"
            + "2024-05-02,,What are the next steps?\r\n");

        var byId = CloseLintProcess.RunAsync(_temp.Path, "check", "form.csv", "--column", "Script", "--id-column", "Name");
        var byRow = CloseLintProcess.RunAsync(_temp.Path, "check", "form.csv", "--column", "script", "--id-column", "missing", "--format", "json");
        var wrongColumn = CloseLintProcess.RunAsync(_temp.Path, "check", "form.csv");
        await Task.WhenAll(byId, byRow, wrongColumn);

        (await byId).Stdout.ShouldContain("form.csv[row 2: Okafor, Ben](1,1): warning CL9002");
        (await byId).Stdout.ShouldContain("form.csv[row 3](1,1): warning CL9002", Case.Sensitive, "rows count as a spreadsheet counts them, whatever lines a cell spans");
        using var json = Fixtures.ParseJson((await byRow));
        json.RootElement.Items("files").Select(f => f.GetProperty("record").GetString()).ShouldBe(["row 2", "row 3"]);
        (await wrongColumn).ExitCode.ShouldBe(2);
        (await wrongColumn).Stdout.ShouldContain("form.csv(1,1): error CL9003: has no column 'closing_script' (its columns are: Timestamp, Name, Script)");
    }

    private static string?[] Paths(CliResult result)
    {
        using var json = Fixtures.ParseJson(result);
        return [.. json.RootElement.Items("files").Select(f => f.GetProperty("path").GetString())];
    }
}
