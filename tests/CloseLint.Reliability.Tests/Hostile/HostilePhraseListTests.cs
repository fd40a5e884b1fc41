using CloseLint.Analysis;
using CloseLint.Configuration;
using CloseLint.Syntax;
using Shouldly;

namespace CloseLint.Reliability.Tests.Hostile;

/// <summary>A user phrase list with catastrophic and unsupported patterns, through .editorconfig as a user would set it.</summary>
public sealed class HostilePhraseListTests
{
    [Fact]
    public void Catastrophic_patterns_finish_at_once_and_unsupported_ones_are_reported_with_their_line()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*.md]\ncloselint_extra_gimmick_phrases = lists/evil.tsv\n");
        folder.Write("lists/evil.tsv", "self-praise\t/(a+)+$/\nself-praise\t/(x|x|xx)*y/\nself-praise\t/(a)\\1/\nself-praise\t/(?=a)a/\nself-praise\tnothing else\n");
        var path = folder.Write("closing.md", "I led the team. " + new string('a', 100_000) + "! " + new string('x', 50_000) + " and more.\n");
        var driver = new AnalyzerDriver(BuiltInAnalyzers.All, Intent.LexicalIntentDetector.Instance);

        var result = WithTimeout.Run(() =>
        {
            var options = new AnalyzerConfigSet().GetOptions(path);
            return driver.Analyze(ScriptDocument.Parse(System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(path)), path), options);
        }, seconds: 20);

        var problems = result.Diagnostics.Where(d => d.Id == "CL9002").Select(d => d.GetMessage()).ToList();
        problems.ShouldContain(m => m.Contains("evil.tsv(3)"), string.Join("\n", problems));
        problems.ShouldContain(m => m.Contains("evil.tsv(4)"), string.Join("\n", problems));
        problems.ShouldNotContain(m => m.Contains("evil.tsv(1)") || m.Contains("evil.tsv(2)") || m.Contains("evil.tsv(5)"));
        result.Diagnostics.ShouldNotContain(d => d.Id == "CL9001");
    }
}
