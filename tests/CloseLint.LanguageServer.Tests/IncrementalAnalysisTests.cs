using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.Intent;
using CloseLint.LanguageServer.Diagnostics;
using CloseLint.LanguageServer.Protocol;
using CloseLint.LanguageServer.Tests.Infrastructure;
using CloseLint.Speaking;
using CloseLint.Syntax;
using CloseLint.Text;
using CsCheck;
using Shouldly;

namespace CloseLint.LanguageServer.Tests;

/// <summary>
/// The server re-analyses only what an edit touched (reparsed blocks, remembered intents and sentence findings); what
/// it publishes must still be exactly what a fresh analysis of the same text gives.
/// </summary>
public sealed class IncrementalAnalysisTests
{
    private const string Uri = "file:///work/closing.txt";

    private static readonly string Script = string.Join("\r\n",
        "FINAL INTERVIEW - Closing (Acme)",
        "",
        "Summary: I led a team of nine nurses. 🎉 José and I cut discharge delays by a third.",
        "Honestly, this offer expires Friday and I guarantee you won't regret it.",
        "",
        "<!-- closelint-disable-next-line CL0002 -->",
        "Trust me, you need someone like me.",
        "",
        "Are there any aspects of my background or my fit for this position that create any concern for you?",
        "",
        "I want this role. What are the next steps we need to take from here?",
        "Sorry to ask, but I was just wondering if maybe we could talk about next steps?",
        "");

    private static readonly string[] Pieces =
    [
        "Honestly, when do I start?", " I guarantee results.", "What are the next steps we need to take from here?", "\r\n\r\n", "\n\n", "\n",
        "# Summary\n", "I led a team of nine nurses.", " 🎉", " José", "<!-- closelint-disable CL0007 -->", "Trust me, you need me.", " ", ".", "I was just wondering if maybe we could talk next steps?",
    ];

    [Fact]
    public async Task Diagnostics_and_stats_after_each_edit_equal_a_fresh_analysis_of_the_text()
    {
        var options = TestLspClient.DefaultOptions() with { Analyzers = BuiltInAnalyzers.All, IntentDetector = LexicalIntentDetector.Instance };
        await using var client = await TestLspClient.StartAsync(options: options);
        await client.OpenAsync(Uri, Script, languageId: "plaintext");
        (await client.NextDiagnosticsAsync(Uri)).Diagnostics.ShouldBe(FreshDiagnostics(Script));
        FreshDiagnostics(Script).Select(d => d.Code).ShouldContain("CL0002");
        FreshDiagnostics(Script).Select(d => d.Code).ShouldContain("CL0007");
        FreshDiagnostics(Script).Select(d => d.Code).ShouldContain("CL0008");

        var text = SourceText.From(Script);
        (int Start, int Length, string NewText)[] edits =
        [
            (Script.Length, 0, "\r\nHonestly, when do I start?"),       // a new sentence at the end
            (0, 0, "Hi. "),                                               // everything after it moves
            (Script.IndexOf("Trust", StringComparison.Ordinal) + 4, 10, " 🎉 me"),   // inside a suppressed paragraph
            (Script.IndexOf("Are there", StringComparison.Ordinal) + 4, 0, "\n\n"),   // a paragraph split in two
            (Script.Length / 2, 30, ""),                                  // a deletion across blocks
        ];
        var version = 1;
        foreach (var (start, length, newText) in edits)
        {
            var span = TextSpan.FromBounds(Math.Min(start, text.Length), Math.Min(start + length, text.Length));
            var range = ProtocolConversions.Utf16.GetRange(text, span);
            text = text.WithChanges(new TextChange(span, newText));
            await client.ChangeAsync(Uri, ++version, TestLspClient.Edit(range.Start.Line, range.Start.Character, range.End.Line, range.End.Character, newText));

            var published = await client.NextDiagnosticsAsync(Uri, p => p.Version == version);
            client.ServerText(Uri).ShouldBe(text.ToString());
            published.Diagnostics.ShouldBe(FreshDiagnostics(text.ToString()));
        }
    }

    [Fact]
    public void The_servers_caches_give_a_fresh_analysis_for_every_version_after_random_edits()
    {
        var caching = new CachingIntentDetector(LexicalIntentDetector.Instance, capacity: 64);
        var driver = new AnalyzerDriver(BuiltInAnalyzers.All, caching, new SentenceResultCache(capacity: 128));
        var piece = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]);
        var edit = Gen.Select(Gen.Double[0, 1], Gen.Double[0, 0.2], piece.Array[0, 3].Select(p => string.Concat(p)));
        Gen.Select(piece.Array[0, 20].Select(p => string.Concat(p)), edit.Array[1, 5]).Sample((text, edits) =>
        {
            var document = ScriptDocument.Parse(Script + text, "closing.txt");
            driver.Analyze(document);
            foreach (var (start, length, newText) in edits)
            {
                var from = (int)(start * document.Text.Length);
                var span = TextSpan.FromBounds(from, Math.Min(document.Text.Length, from + (int)(length * document.Text.Length)));
                document = document.WithChanges(new TextChange(span, newText));
                var result = driver.Analyze(document);
                Describe(result).ShouldBe(Describe(FreshResult(document.Text.ToString())));
                Features.SpokenWordCounts.Seconds(document, SpeakingTimeEstimator.Default).ShouldBe(SpeakingTimeEstimator.Default.Seconds(document));
            }
        }, iter: 100, seed: "0N0XIzNsQ0O2");
    }

    private static AnalysisResult FreshResult(string text) =>
        new AnalyzerDriver(BuiltInAnalyzers.All, LexicalIntentDetector.Instance).Analyze(ScriptDocument.Parse(text, "/work/closing.txt"));

    private static ImmutableArray<LspDiagnostic> FreshDiagnostics(string text) => ProtocolConversions.Utf16.GetDiagnostics(FreshResult(text).Diagnostics);

    private static string[] Describe(AnalysisResult result) =>
    [
        .. result.Diagnostics.Concat(result.SuppressedDiagnostics).Select(d =>
            $"{d.Id} {d.Location.SourceSpan} {d.Severity} {d.GetMessage()} {string.Join(",", d.Properties.OrderBy(p => p.Key).Select(p => p.Key + "=" + p.Value))}"),
    ];
}
