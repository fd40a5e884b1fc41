using CloseLint.Analysis;
using CloseLint.Configuration;
using Shouldly;

namespace CloseLint.Core.Tests.Configuration;

public sealed class AnalyzerConfigSetTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("closelint-config-");

    public void Dispose() => _root.Delete(recursive: true);

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(_root.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Nearer_files_win_and_root_stops_the_search()
    {
        Write(".editorconfig", "[*]\ncloselint_summary_max_seconds = 99\n");
        Write("class/.editorconfig", "root = true\n[*.md]\ncloselint_summary_max_seconds = 40\ncloselint_diagnostic.CL0002.severity = error\n");
        Write("class/ana/.editorconfig", "[*.md]\ncloselint_summary_max_seconds = 25 # shorter for Ana\n");
        var options = new AnalyzerConfigSet().GetOptions(Path.Combine(_root.FullName, "class/ana/closing.md"));
        options.GetNumber("closelint_summary_max_seconds", 30).ShouldBe(25);
        options.GetSeverity("CL0002").ShouldBe(ReportDiagnostic.Error);

        var outside = new AnalyzerConfigSet().GetOptions(Path.Combine(_root.FullName, "other/closing.md"));
        outside.GetNumber("closelint_summary_max_seconds", 30).ShouldBe(99);
    }

    [Theory]
    [InlineData("*.md", "a/b/closing.md", true)]
    [InlineData("*.{md,txt}", "closing.txt", true)]
    [InlineData("*.{md,txt}", "closing.docx", false)]
    [InlineData("scripts/*.md", "scripts/a.md", true)]
    [InlineData("scripts/*.md", "other/scripts/a.md", false)]
    [InlineData("**/drafts/*.md", "x/y/drafts/a.md", true)]
    [InlineData("s[0-9].md", "s7.md", true)]
    [InlineData("s[!0-9].md", "s7.md", false)]
    [InlineData("week{1..3}.md", "week2.md", true)]
    [InlineData("week{1..3}.md", "week4.md", false)]
    [InlineData("José ?.md", "José 1.md", true)]
    public void Globs_match_like_editorconfig(string glob, string path, bool matches)
    {
        EditorConfigGlob.TryCreate(glob, out var matcher, out var error).ShouldBeTrue(error);
        matcher!.IsMatch(path).ShouldBe(matches);
    }

    [Fact]
    public void A_garbage_file_yields_problems_with_lines_and_keeps_its_good_lines()
    {
        var path = Write(".editorconfig", "root = true\n[*.md\n[*]\nthis is not a setting\ncloselint_speaking_rate_wpm = 170\ncloselint_diagnostic.CL0003.severity = loud\n\0\0binary");
        var options = new AnalyzerConfigSet().GetOptions(Path.Combine(_root.FullName, "a.md"));
        options.GetNumber("closelint_speaking_rate_wpm", 150).ShouldBe(170);
        options.Problems.Select(p => p.Line).ShouldContain(2);
        options.Problems.Select(p => p.Line).ShouldContain(4);
        options.Problems.ShouldContain(p => p.Message.Contains("loud") && p.FilePath == path);
    }

    [Fact]
    public void Relative_paths_resolve_against_the_file_that_set_them()
    {
        Write("class/.editorconfig", "root = true\n[*]\ncloselint_extra_gimmick_phrases = lists/mine.tsv\n");
        var options = new AnalyzerConfigSet().GetOptions(Path.Combine(_root.FullName, "class/deep/a.md"));
        options.TryGetPath("closelint_extra_gimmick_phrases", out var full).ShouldBeTrue();
        full.ShouldBe(Path.Combine(_root.FullName, "class/lists/mine.tsv"));
    }

    [Fact]
    public void Host_settings_are_overridden_by_editorconfig()
    {
        Write(".editorconfig", "root = true\n[*]\ncloselint_summary_max_seconds = 45\n");
        var host = AnalyzerOptions.Empty.WithValue("closelint_summary_max_seconds", "20").WithValue("closelint_speaking_rate_wpm", "160");
        var merged = host.OverriddenBy(new AnalyzerConfigSet().GetOptions(Path.Combine(_root.FullName, "a.md")));
        merged.GetNumber("closelint_summary_max_seconds", 30).ShouldBe(45);
        merged.GetNumber("closelint_speaking_rate_wpm", 150).ShouldBe(160);
    }

    [Fact]
    public void An_edited_file_is_read_again()
    {
        var set = new AnalyzerConfigSet();
        var path = Write(".editorconfig", "root = true\n[*]\ncloselint_summary_max_seconds = 45\n");
        set.GetOptions(Path.Combine(_root.FullName, "a.md")).GetNumber("closelint_summary_max_seconds", 30).ShouldBe(45);
        File.WriteAllText(path, "root = true\n[*]\ncloselint_summary_max_seconds = 50\n");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        set.GetOptions(Path.Combine(_root.FullName, "a.md")).GetNumber("closelint_summary_max_seconds", 30).ShouldBe(50);
    }
}
