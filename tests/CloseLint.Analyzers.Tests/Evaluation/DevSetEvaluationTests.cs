using System.Collections.Immutable;
using System.Text;
using CloseLint.Analysis;
using CloseLint.Intent;
using CloseLint.Syntax;
using CloseLint.Text;
using Shouldly;
using Xunit.Abstractions;

namespace CloseLint.Analyzers.Tests.Evaluation;

/// <summary>
/// Runs every rule, with the lexical detector, over the development set and prints precision and recall per rule
/// against its expected fields (CL0002 by overlap with the listed gimmick phrases). The figures are a measure, not a
/// gate: the test asserts only that every script was analysed and no analyzer failed.
/// </summary>
public sealed class DevSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly AnalyzerDriver Driver = new(BuiltInAnalyzers.All, LexicalIntentDetector.Instance);

    private SortedDictionary<string, int> Fired { get; } = new(StringComparer.Ordinal);

    [SkippableFact]
    public void Measures_every_rule_on_the_development_scripts()
    {
        Skip.If(DevSet.Folder is null, "../shared/eval is not next to the repository");
        var scripts = DevSet.Scripts(DevSet.Folder!).ToList();
        var (scores, analysed) = Measure(scripts, format: null);

        analysed.ShouldBe(scripts.Count);
        scripts.Count.ShouldBe(Directory.EnumerateFiles(Path.Combine(DevSet.Folder!, "scripts")).Count(f => !f.EndsWith(".jsonl", StringComparison.Ordinal)));
        Report("scripts", scores);
    }

    [SkippableFact]
    public void Measures_every_rule_on_the_development_worksheets()
    {
        Skip.If(DevSet.Folder is null, "../shared/eval is not next to the repository");
        var worksheets = DevSet.Worksheets(DevSet.Folder!).ToList();
        var (scores, analysed) = Measure(worksheets, ScriptFormat.PlainText);

        analysed.ShouldBe(worksheets.Count);
        Report("worksheets", scores);
    }

    [SkippableFact]
    public void Measures_the_lexical_detector_on_the_development_sentences()
    {
        Skip.If(DevSet.Folder is null, "../shared/eval is not next to the repository");
        var rows = DevSet.Sentences(DevSet.Folder!, "sentences.tsv").ToList();
        var labels = Enum.GetValues<IntentLabel>();
        var confusion = new int[labels.Length, labels.Length];
        foreach (var (gold, _, text) in rows) confusion[(int)gold, (int)LexicalIntentDetector.Instance.Classify(text).Label]++;

        var table = new StringBuilder("Development sentences, lexical detector:").AppendLine();
        table.AppendLine("| label | sentences | precision | recall |").AppendLine("|---|---|---|---|");
        foreach (var label in labels)
        {
            var i = (int)label;
            var predicted = Enumerable.Range(0, labels.Length).Sum(g => confusion[g, i]);
            var actual = Enumerable.Range(0, labels.Length).Sum(p => confusion[i, p]);
            table.AppendLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"| {label} | {actual} | {(predicted == 0 ? 1 : (double)confusion[i, i] / predicted):0.00} | {(actual == 0 ? 1 : (double)confusion[i, i] / actual):0.00} |"));
        }

        var nearMisses = DevSet.Sentences(DevSet.Folder!, "near_misses.tsv").ToList();
        table.AppendLine().AppendLine("| near miss (label>confusable) | rows | read as the confusable label |").AppendLine("|---|---|---|");
        foreach (var group in nearMisses.GroupBy(r => (r.Label, r.ConfusableWith)).OrderBy(g => g.Key.Label).ThenBy(g => g.Key.ConfusableWith))
        {
            var wrong = group.Count(r => LexicalIntentDetector.Instance.Classify(r.Text).Label == group.Key.ConfusableWith);
            table.AppendLine($"| {group.Key.Label}>{group.Key.ConfusableWith} | {group.Count()} | {wrong} |");
        }

        output.WriteLine(table.ToString());
        rows.Count.ShouldBe(File.ReadLines(Path.Combine(DevSet.Folder!, "sentences.tsv")).Count(l => l.Length > 0) - 1);
    }

    private (ImmutableArray<RuleScore> Scores, int Analysed) Measure(List<DevScript> scripts, ScriptFormat? format)
    {
        Fired.Clear();
        var over30 = new RuleScore("CL0001", "summary_seconds_over_30");
        var gimmicks = new RuleScore("CL0002", "gimmick_phrases (overlap)");
        var noConcern = new RuleScore("CL0003", "!has_concern_question");
        var noAsk = new RuleScore("CL0004", "ask_parts = none");
        var order = new RuleScore("CL0005", "ask_before_concern");
        var verbatim = new RuleScore("CL0007", "verbatim_template");
        var halfAsk = new RuleScore("CL0009", "ask_parts = one half");
        var analysed = 0;
        foreach (var script in scripts)
        {
            var text = SourceText.From(script.Bytes);
            var document = ScriptDocument.Parse(text, script.Name, format);
            var result = Driver.Analyze(document, AnalyzerOptions.Empty, CancellationToken.None);
            result.Diagnostics.ShouldNotContain(d => d.Id == "CL9001", $"an analyzer failed on {script.Name}");
            analysed++;

            var ids = result.Diagnostics.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            var expected = script.Expected;
            over30.Add(expected.SummaryOver30Seconds, result.Diagnostics.Any(d => d.Id == "CL0001" && d.Severity == DiagnosticSeverity.Warning), script.Name);
            noConcern.Add(!expected.HasConcernQuestion, ids.Contains("CL0003"), script.Name);
            noAsk.Add(expected.AskParts == "none", ids.Contains("CL0004"), script.Name);
            order.Add(expected.AskBeforeConcern, ids.Contains("CL0005"), script.Name);
            verbatim.Add(expected.VerbatimTemplate, ids.Contains("CL0007"), script.Name);
            halfAsk.Add(expected.AskParts is "interest_only" or "next_steps_only", ids.Contains("CL0009"), script.Name);
            ScoreGimmicks(gimmicks, script, text.ToString(), result);
            foreach (var id in ids) Fired[id] = Fired.GetValueOrDefault(id) + 1;
        }

        return ([over30, gimmicks, noConcern, noAsk, order, verbatim, halfAsk], analysed);
    }

    /// <summary>A CL0002 finding is right when it overlaps a listed phrase; a listed phrase is found when some finding overlaps it.</summary>
    private static void ScoreGimmicks(RuleScore score, DevScript script, string text, AnalysisResult result)
    {
        var phrases = script.Expected.GimmickPhrases.Select(p => (Start: text.IndexOf(p, StringComparison.Ordinal), p.Length))
            .Select(p => new TextSpan(Math.Max(0, p.Start), p.Start < 0 ? 0 : p.Length)).ToList();
        var found = result.Diagnostics.Where(d => d.Id == "CL0002").Select(d => d.Location.SourceSpan).ToList();
        foreach (var hit in found) score.AddHit(phrases.Any(p => p.OverlapsWith(hit)), $"{script.Name} at {hit}");
        foreach (var phrase in phrases.Where(p => !found.Any(hit => hit.OverlapsWith(p)))) score.AddMissed($"{script.Name} at {phrase}");
    }

    private void Report(string set, ImmutableArray<RuleScore> scores)
    {
        var table = new StringBuilder();
        table.AppendLine($"Development {set}, lexical detector:");
        table.AppendLine("| rule | expected when | tp | fp | fn | precision | recall |");
        table.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var score in scores) table.AppendLine(score.Row());
        table.AppendLine("Scripts each rule fired on: " + string.Join(", ", Fired.Select(f => $"{f.Key} {f.Value}")));
        foreach (var miss in scores.SelectMany(s => s.Misses)) table.AppendLine(miss);
        output.WriteLine(table.ToString());
    }
}
