using CloseLint.Analysis;
using CloseLint.CodeFixes;
using CloseLint.Fuzz;
using CloseLint.Intent;
using CloseLint.Syntax;
using CsCheck;
using Shouldly;

namespace CloseLint.Reliability.Tests.Properties;

/// <summary>Properties of every built-in rule and code fix over random scripts.</summary>
public sealed class DiagnosticProperties
{
    private static readonly AnalyzerDriver Driver = new(BuiltInAnalyzers.All, LexicalIntentDetector.Instance);
    private static readonly CodeFixService Fixes = new(BuiltInCodeFixes.All);

    [Fact]
    public void The_generator_reaches_every_rule_that_has_a_code_fix()
    {
        // The properties below prove little if the random scripts never trigger the rules.
        var seen = new HashSet<string>();
        ScriptGen.Script.Sample(text =>
        {
            foreach (var d in Driver.Analyze(ScriptDocument.Parse(text, "closing.md")).Diagnostics) seen.Add(d.Id);
        }, iter: 300, seed: "0N0XIzNsQ0O2", threads: 1);
        foreach (var id in BuiltInCodeFixes.All.SelectMany(f => f.FixableDiagnosticIds)) seen.ShouldContain(id);
    }

    [Theory]
    [InlineData("closing.md")]
    [InlineData("closing.txt")]
    public void Every_diagnostic_lies_inside_the_document_on_character_boundaries(string path)
    {
        ScriptGen.Script.Sample(text =>
        {
            var result = Driver.Analyze(ScriptDocument.Parse(text, path));
            DocumentInvariants.Check(result);
            foreach (var diagnostic in result.Diagnostics)
            {
                var span = diagnostic.Location.GetLineSpan();
                result.Document.Text.GetTextSpan(span).ShouldBe(diagnostic.Location.SourceSpan);
            }
        }, iter: 400);
    }

    [Fact]
    public void Applying_any_offered_fix_gives_valid_text_and_never_throws()
    {
        ScriptGen.Script.Sample(text =>
        {
            var result = Driver.Analyze(ScriptDocument.Parse(text, "closing.md"));
            foreach (var diagnostic in result.Diagnostics)
            {
                foreach (var action in Fixes.GetFixesAsync(result, diagnostic).GetAwaiter().GetResult())
                {
                    action.Changes.ShouldAllBe(c => c.Span.End <= text.Length);
                    var fixedText = action.ApplyTo(result.Document.Text).ToString();
                    TextBoundaries.HasLoneSurrogate(fixedText).ShouldBe(TextBoundaries.HasLoneSurrogate(text), action.Title);
                    DocumentInvariants.Check(Driver.Analyze(ScriptDocument.Parse(fixedText, "closing.md")));
                }
            }

            var (all, _) = Fixes.FixAllAsync(result).GetAwaiter().GetResult();
            TextBoundaries.HasLoneSurrogate(all.ToString()).ShouldBe(TextBoundaries.HasLoneSurrogate(text));
        }, iter: 300);
    }
}
