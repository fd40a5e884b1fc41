using CloseLint.Analysis;
using CloseLint.Configuration;
using CloseLint.Core.Tests.IO;
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
    public void A_glob_is_built_once_per_pattern_and_shared_by_every_file_that_uses_it()
    {
        var first = EditorConfigFile.Parse("[*.{md,txt}]\ncloselint_speaking_rate_wpm = 150\n", "/a/.editorconfig");
        var second = EditorConfigFile.Parse("[*.{md,txt}]\r\ncloselint_speaking_rate_wpm = 170\r\n", "/b/.editorconfig");
        second.Sections.Single().Matcher.ShouldBeSameAs(first.Sections.Single().Matcher);
        second.Sections.Single().Properties["closelint_speaking_rate_wpm"].ShouldBe("170");
        second.Sections.Single().Matcher.IsMatch("José/closing.txt").ShouldBeTrue();
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

    private const string NotRegular = "so it was not opened; settings are read only from a regular file";

    [SkippableFact]
    public async Task A_fifo_named_editorconfig_is_a_problem_with_its_path_and_is_never_opened()
    {
        Skip.If(OperatingSystem.IsWindows(), "FIFOs in folders are a Unix thing");
        Write(".editorconfig", "root = true\r\n[*.md]\r\ncloselint_summary_max_seconds = 40\r\n");
        var fifo = SpecialEntries.MakeFifo(Path.Combine(_root.FullName, "ana 🎉", ".editorconfig"));
        var set = new AnalyzerConfigSet();

        // A regression blocks in open(2) until a writer comes: the timeout fails the test, then the FIFO is released.
        var reading = Task.Run(() => set.GetOptions(Path.Combine(_root.FullName, "ana 🎉", "José.md")));
        AnalyzerOptions options;
        try
        {
            options = await reading.WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            if (!reading.IsCompleted) SpecialEntries.ReleaseReader(fifo);
        }

        options.Problems.ShouldBe([new ConfigurationProblem(fifo, 0, $"is not a regular file (a FIFO), {NotRegular}")]);
        options.Problems.Single().ToString().ShouldBe($"{fifo}: is not a regular file (a FIFO), {NotRegular}");
        options.GetNumber("closelint_summary_max_seconds", 30).ShouldBe(40, "the search goes on to the parent folder");
        set.GetOptions(Path.Combine(_root.FullName, "ana 🎉", "other.md")).Problems.Single().FilePath.ShouldBe(fifo, "cached, still reported");
    }

    [SkippableFact]
    public void A_socket_or_a_link_to_a_device_named_editorconfig_is_a_problem_with_its_kind()
    {
        Skip.If(OperatingSystem.IsWindows(), "sockets and devices in folders are a Unix thing");
        using var socket = SpecialEntries.ListenAt(Path.Combine(_root.FullName, "sock", ".editorconfig"));
        Directory.CreateDirectory(Path.Combine(_root.FullName, "dev"));
        var device = Path.Combine(_root.FullName, "dev", ".editorconfig");
        File.CreateSymbolicLink(device, "/dev/null");

        new AnalyzerConfigSet().GetOptions(Path.Combine(_root.FullName, "sock", "a.md")).Problems.Select(p => p.ToString())
            .ShouldBe([$"{Path.Combine(_root.FullName, "sock", ".editorconfig")}: is not a regular file (a socket), {NotRegular}"]);
        new AnalyzerConfigSet().GetOptions(Path.Combine(_root.FullName, "dev", "a.md")).Problems.Select(p => p.ToString())
            .ShouldBe([$"{device}: is not a regular file (a character device), {NotRegular}"]);
    }
}
