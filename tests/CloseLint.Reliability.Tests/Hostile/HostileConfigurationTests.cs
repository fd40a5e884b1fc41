using System.Text;
using CloseLint.Configuration;
using Shouldly;

namespace CloseLint.Reliability.Tests.Hostile;

/// <summary>Garbage, huge and misplaced <c>.editorconfig</c> files: problems are reported with lines, good sections still apply.</summary>
public sealed class HostileConfigurationTests
{
    [Fact]
    public void Garbage_lines_become_problems_with_their_line_numbers_and_good_sections_still_apply()
    {
        using var folder = new TempFolder();
        var random = new Random(3);
        var garbage = new StringBuilder();
        for (var i = 0; i < 50; i++)
            garbage.Append(new string(Enumerable.Range(0, 40).Select(_ => (char)random.Next(0x21, 0x7E)).Where(c => c is not '[' and not '=' and not ':' and not '#' and not ';').ToArray())).Append('\n');
        folder.Write(".editorconfig", garbage + "[*.md]\ncloselint_diagnostic.CL0002.severity = error\n[unclosed\n");
        var document = folder.Write("closing.md", "I led a team.");

        var options = new AnalyzerConfigSet().GetOptions(document);

        options.GetSeverity("CL0002").ShouldBe(Analysis.ReportDiagnostic.Error);
        options.Problems.Count(p => p.Message.StartsWith("expected 'key = value'", StringComparison.Ordinal)).ShouldBe(50);
        options.Problems.ShouldContain(p => p.Line == 53 && p.Message == "section header '[unclosed' has no closing ']'");
    }

    [Fact]
    public void A_binary_editorconfig_is_read_as_problems_not_an_exception()
    {
        using var folder = new TempFolder();
        var bytes = new byte[4096];
        new Random(5).NextBytes(bytes);
        folder.Write(".editorconfig", bytes);
        var document = folder.Write("closing.md", "I led a team.");

        var options = new AnalyzerConfigSet().GetOptions(document);

        options.Problems.ShouldNotBeEmpty();
        options.Problems.ShouldAllBe(p => p.FilePath.EndsWith(".editorconfig") && p.Message.Length > 0);
    }

    [Fact]
    public void An_editorconfig_over_the_size_limit_is_ignored_with_a_message()
    {
        using var folder = new TempFolder();
        var config = folder.Write(".editorconfig", "[*]\ncloselint_diagnostic.CL0002.severity = error\n" + new string('#', EditorConfigFile.MaxLength));
        var document = folder.Write("closing.md", "I led a team.");

        var options = new AnalyzerConfigSet().GetOptions(document);

        options.GetSeverity("CL0002").ShouldBe(Analysis.ReportDiagnostic.Default);
        options.Problems.Single().Message.ShouldBe($"file is {new FileInfo(config).Length:N0} bytes; the limit is {EditorConfigFile.MaxLength:N0}, so it was ignored");
    }

    [Fact]
    public void A_folder_named_editorconfig_is_skipped()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, ".editorconfig"));
        var document = folder.Write("closing.md", "I led a team.");
        new AnalyzerConfigSet().GetOptions(document).Problems.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("{a,{b,{c,{d,{e,{f,{g,{h}}}}}}}}")]
    [InlineData("**/**/**/**/**/**/**/**/**/**/**/**/*.md")]
    [InlineData("[[[[[[[[[[[[[[[[[[[[")]
    [InlineData("{{{{{{{{{{{{{{{{{{{{{{{{")]
    [InlineData("{1..2147483647}")]
    [InlineData("{-2147483648..2147483647}")]
    public void Pathological_globs_compile_or_are_refused_and_match_in_bounded_time(string glob)
    {
        var matched = WithTimeout.Run(() =>
        {
            if (!EditorConfigGlob.TryCreate(glob, out var matcher, out var error))
            {
                error.ShouldNotBeNullOrWhiteSpace();
                return false;
            }

            return matcher!.IsMatch(string.Join('/', Enumerable.Repeat("a", 2000)) + "/closing.md");
        }, seconds: 10);
        matched.ShouldBeOneOf(true, false);
    }

    [Fact]
    public void A_glob_of_many_numeric_ranges_is_refused_quickly_with_a_message()
    {
        // Regression: the non-backtracking matcher for this glob exceeded .NET's automaton limit after 14 s and threw
        // NotSupportedException, which escaped EditorConfigGlob.TryCreate and so AnalyzerConfigSet.GetOptions.
        var glob = string.Concat(Enumerable.Repeat("{0..999}", 4096 / 8));
        var (created, error) = WithTimeout.Run(() => (EditorConfigGlob.TryCreate(glob, out _, out var e), e), seconds: 5);
        created.ShouldBeFalse();
        error.ShouldBe($"section glob '{glob[..57]}...' expands to too many alternatives");
    }

    [Fact]
    public void An_editorconfig_with_an_oversized_glob_reports_the_line_and_keeps_the_other_sections()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[" + string.Concat(Enumerable.Repeat("{0..999}", 40)) + "]\nx = 1\n[*.md]\ncloselint_summary_max_seconds = 20\n");
        var document = folder.Write("closing.md", "I led a team.");

        var options = WithTimeout.Run(() => new AnalyzerConfigSet().GetOptions(document), seconds: 5);

        options.Problems.Single().Line.ShouldBe(2);
        options.TryGetValue("closelint_summary_max_seconds", out var seconds).ShouldBeTrue();
        seconds.ShouldBe("20");
    }

    [Fact]
    public void Editorconfig_files_apply_only_from_the_documents_folder_and_its_parents()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*.md]\ncloselint_diagnostic.CL0001.severity = error\n");
        folder.Write("scripts/.editorconfig", "[*.md]\ncloselint_diagnostic.CL0002.severity = error\n");
        folder.Write("scripts/sub/.editorconfig", "[*.md]\ncloselint_diagnostic.CL0003.severity = error\n");
        folder.Write("other/.editorconfig", "[*.md]\ncloselint_diagnostic.CL0004.severity = error\n");
        var document = folder.Write("scripts/closing.md", "I led a team.");

        var options = new AnalyzerConfigSet().GetOptions(document);

        options.Severities.Keys.Order(StringComparer.Ordinal).ShouldBe(["CL0001", "CL0002"]);
    }

    [Theory]
    [InlineData("closelint_diagnostic.severity")]
    [InlineData("closelint_diagnostic..severity")]
    [InlineData("CLOSELINT_DIAGNOSTIC.SEVERITY")]
    public void A_severity_key_without_a_rule_id_is_a_problem_not_a_crash(string key)
    {
        // Regression, found by tests/fuzz (editorconfig target, 60 s run): the prefix and the suffix overlap, the
        // rule id's length came out as -1, and Substring threw out of AnalyzerConfigSet.Merge for every document.
        var file = EditorConfigFile.Parse($"[*.md]\n{key} = error\ncloselint_diagnostic.CL0002.severity = error\n", "/work/.editorconfig");

        var options = AnalyzerConfigSet.Merge([file], "/work/closing.md");

        options.Problems.Single().Message.ShouldBe($"'{key.ToLowerInvariant()}' in [*.md] names no rule; write closelint_diagnostic.CL0002.severity");
        options.GetSeverity("CL0002").ShouldBe(Analysis.ReportDiagnostic.Error);
    }
}
