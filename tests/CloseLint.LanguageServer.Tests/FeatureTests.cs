using System.Globalization;
using System.Text.Json;
using CloseLint.LanguageServer.Tests.Infrastructure;
using CloseLint.LanguageServer.Tests.TestRules;
using CloseLint.Speaking;
using CloseLint.Syntax;
using Shouldly;

namespace CloseLint.LanguageServer.Tests;

public sealed class FeatureTests
{
    private const string Script = "# Summary\nI led a team of nine nurses. I cut wait times by a third.\n\nI trained every new hire on the unit.\n\n# Close\nIs there any concern about my fit? Honestly, I want this role. What are the next steps?\n";

    [Fact]
    public async Task Code_actions_offer_the_rule_fix_then_suppression_and_editorconfig()
    {
        using var folder = new TempFolder();
        folder.File(".editorconfig", "root = true\n");
        var uri = folder.FileUri("closing.md");
        await using var client = await TestLspClient.StartAsync();
        await client.OpenAsync(uri, "Intro line.\r\n  Honestly, I want this role.\r\n");
        var diagnostic = (await client.NextDiagnosticsAsync(uri)).Diagnostics.ShouldHaveSingleItem();

        var actions = await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri },
            range = TestLspClient.Range(1, 4, 1, 4),
            context = new { diagnostics = new[] { diagnostic } },
        });

        actions.EnumerateArray().Select(a => a.GetProperty("title").GetString()).ShouldBe(
            ["Remove 'honestly'", "Suppress TL0001 on this line", "Disable TL0001 in .editorconfig"]);
        foreach (var action in actions.EnumerateArray())
        {
            action.GetProperty("kind").GetString().ShouldBe("quickfix");
            action.GetProperty("diagnostics")[0].GetProperty("code").GetString().ShouldBe("TL0001");
        }

        actions[0].GetProperty("isPreferred").GetBoolean().ShouldBeTrue();
        ApplyEdits(client.ServerText(uri), actions[0].GetProperty("edit").GetProperty("changes").GetProperty(uri))
            .ShouldBe("Intro line.\r\n  I want this role.\r\n");

        // The suppression keeps the line's indentation and CRLF, and it really suppresses.
        var suppressed = ApplyEdits(client.ServerText(uri), actions[1].GetProperty("edit").GetProperty("changes").GetProperty(uri));
        suppressed.ShouldBe("Intro line.\r\n  <!-- closelint-disable-next-line TL0001 -->\r\n  Honestly, I want this role.\r\n");
        await client.ChangeAsync(uri, 2, new { text = suppressed });
        (await client.NextDiagnosticsAsync(uri, p => p.Version == 2)).Diagnostics.ShouldBeEmpty();

        var editorConfigUri = folder.FileUri(".editorconfig");
        var edit = actions[2].GetProperty("edit").GetProperty("changes").GetProperty(editorConfigUri);
        var configured = ApplyEdits("root = true\n", edit);
        configured.ShouldBe("root = true\n\n[*.{md,txt}]\ncloselint_diagnostic.TL0001.severity = none\n");
        File.WriteAllText(Path.Combine(folder.Path, ".editorconfig"), configured);
        await client.ChangeAsync(uri, 3, new { text = "Honestly, I want this role." });
        (await client.NextDiagnosticsAsync(uri, p => p.Version == 3)).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public async Task Disable_in_editorconfig_creates_the_file_when_the_client_can_create_files()
    {
        using var folder = new TempFolder();
        var uri = folder.FileUri("scripts/closing.md");
        var capabilities = new { workspace = new { workspaceEdit = new { documentChanges = true, resourceOperations = new[] { "create" } } } };
        await using var client = await TestLspClient.StartAsync(capabilities, rootUri: folder.Uri);
        await client.OpenAsync(uri, "Honestly, I want this role.");
        await client.NextDiagnosticsAsync(uri);
        var actions = await client.RequestAsync("textDocument/codeAction", new { textDocument = new { uri }, range = TestLspClient.Range(0, 0, 0, 3), context = new { diagnostics = Array.Empty<object>() } });
        var edit = actions.EnumerateArray().Single(a => a.GetProperty("title").GetString() == "Disable TL0001 in .editorconfig").GetProperty("edit");
        var changes = edit.GetProperty("documentChanges");
        changes[0].GetProperty("kind").GetString().ShouldBe("create");
        changes[0].GetProperty("uri").GetString().ShouldBe(folder.FileUri(".editorconfig"));
        changes[1].GetProperty("textDocument").GetProperty("uri").GetString().ShouldBe(folder.FileUri(".editorconfig"));
        changes[1].GetProperty("edits")[0].GetProperty("newText").GetString().ShouldBe("[*.{md,txt}]\ncloselint_diagnostic.TL0001.severity = none\n");
    }

    [Fact]
    public async Task Code_actions_outside_any_diagnostic_or_for_other_kinds_are_empty()
    {
        await using var client = await TestLspClient.StartAsync();
        const string uri = "file:///work/closing.md";
        await client.OpenAsync(uri, "Fine line.\nHonestly, fine.");
        await client.NextDiagnosticsAsync(uri);
        (await client.RequestAsync("textDocument/codeAction", new { textDocument = new { uri }, range = TestLspClient.Range(0, 0, 0, 4), context = new { diagnostics = Array.Empty<object>() } }))
            .GetArrayLength().ShouldBe(0);
        (await client.RequestAsync("textDocument/codeAction", new { textDocument = new { uri }, range = TestLspClient.Range(1, 0, 1, 4), context = new { diagnostics = Array.Empty<object>(), only = new[] { "refactor" } } }))
            .GetArrayLength().ShouldBe(0);
        (await client.RequestAsync("textDocument/codeAction", new { textDocument = new { uri }, range = TestLspClient.Range(1, 0, 1, 4), context = new { diagnostics = Array.Empty<object>(), only = new[] { "quickfix" } } }))
            .GetArrayLength().ShouldBe(2, "the fix and the suppression; no .editorconfig exists and the client cannot create one");
    }

    [Fact]
    public async Task Hover_on_a_diagnostic_shows_the_rule_page_excerpt()
    {
        const string page = "# TL0001: No 'honestly'\n\n| Id | TL0001 |\n\n## Why\n\nIt suggests the rest was not honest.\n\n## Examples\n\nLong examples.\n\n## How to fix\n\nDelete the word.\n";
        var options = TestLspClient.DefaultOptions() with { RuleDocumentation = id => id == "TL0001" ? page : null };
        await using var client = await TestLspClient.StartAsync(options: options);
        const string uri = "file:///work/closing.md";
        await client.OpenAsync(uri, "Well. Honestly, yes.");
        var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 0, character = 9 } });
        var markdown = hover.GetProperty("contents").GetProperty("value").GetString()!;
        hover.GetProperty("contents").GetProperty("kind").GetString().ShouldBe("markdown");
        markdown.ShouldContain("**TL0001: No 'honestly'**");
        markdown.ShouldContain("It suggests the rest was not honest.");
        markdown.ShouldContain("Delete the word.");
        markdown.ShouldNotContain("Long examples.");
        markdown.ShouldContain("(https://github.com/closelint/closelint/blob/main/docs/rules/TL0001.md)");
        hover.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32().ShouldBe(6);
        hover.GetProperty("range").GetProperty("end").GetProperty("character").GetInt32().ShouldBe(14);
    }

    [Fact]
    public async Task Hover_without_a_rule_page_falls_back_to_the_descriptor()
    {
        await using var client = await TestLspClient.StartAsync();
        const string uri = "file:///work/closing.md";
        await client.OpenAsync(uri, "Honestly, yes.");
        var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 0, character = 0 } });
        var markdown = hover.GetProperty("contents").GetProperty("value").GetString()!;
        markdown.ShouldContain("**TL0001: No 'honestly'**");
        markdown.ShouldContain("Saying 'honestly' suggests the rest was not.");
    }

    [Fact]
    public async Task Hover_on_the_summary_shows_its_spoken_length()
    {
        await using var client = await TestLspClient.StartAsync();
        const string uri = "file:///work/closing.md";
        await client.OpenAsync(uri, Script);
        var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 1, character = 3 } });
        var document = ScriptDocument.Parse(Script, "closing.md");
        var summary = document.Sentences.Where(s => document.GetSection(s).Kind == SectionKind.Summary).ToList();
        var seconds = SpeakingTimeEstimator.Default.Seconds(summary);
        hover.GetProperty("contents").GetProperty("value").GetString()!
            .ShouldStartWith($"**Summary** · about {Math.Round(seconds, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)} s spoken");
        hover.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32().ShouldBe(1);
        hover.GetProperty("range").GetProperty("end").GetProperty("line").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task Hover_elsewhere_is_null()
    {
        await using var client = await TestLspClient.StartAsync();
        const string uri = "file:///work/closing.md";
        await client.OpenAsync(uri, Script);
        var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 6, character = 3 } });
        hover.ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Inlay_hints_show_spoken_seconds_at_paragraph_ends_and_after_multi_paragraph_headings()
    {
        await using var client = await TestLspClient.StartAsync();
        const string uri = "file:///work/closing.md";
        await client.OpenAsync(uri, Script);
        var hints = await client.RequestAsync("textDocument/inlayHint", new { textDocument = new { uri }, range = TestLspClient.Range(0, 0, 99, 0) });

        var document = ScriptDocument.Parse(Script, "closing.md");
        var expected = new List<(int Line, int Character, string Label)>();
        var heading = document.Sections[0].HeadingSpan!.Value;
        expected.Add((0, document.Text.GetLinePosition(heading.End).Character, Label(SpeakingTimeEstimator.Default.Seconds(document.GetSentences(document.Sections[0])))));
        foreach (var paragraph in document.Paragraphs)
        {
            var end = document.Text.GetLinePosition(paragraph.Span.End);
            expected.Add((end.Line, end.Character, Label(SpeakingTimeEstimator.Default.Seconds(document.GetSentences(paragraph)))));
        }

        hints.EnumerateArray().Select(h => (h.GetProperty("position").GetProperty("line").GetInt32(), h.GetProperty("position").GetProperty("character").GetInt32(), h.GetProperty("label").GetString()!))
            .ShouldBe(expected);
        expected.Count.ShouldBe(4);
        hints[1].GetProperty("paddingLeft").GetBoolean().ShouldBeTrue();

        var firstLineOnly = await client.RequestAsync("textDocument/inlayHint", new { textDocument = new { uri }, range = TestLspClient.Range(6, 0, 6, 5) });
        firstLineOnly.GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Code_lens_and_script_stats_give_the_whole_script_figures()
    {
        await using var client = await TestLspClient.StartAsync();
        const string uri = "file:///work/closing.md";
        await client.OpenAsync(uri, Script);
        var stats = await client.NextScriptStatsAsync(uri);
        var lenses = await client.RequestAsync("textDocument/codeLens", new { textDocument = new { uri } });

        var document = ScriptDocument.Parse(Script, "closing.md");
        var total = SpeakingTimeEstimator.Default.Seconds(document);
        var summary = SpeakingTimeEstimator.Default.Seconds(document.Sentences.Where(s => document.GetSection(s).Kind == SectionKind.Summary));
        stats.SpeakingSeconds.ShouldBe(Math.Round(total, 1));
        stats.SummarySeconds.ShouldBe(Math.Round(summary, 1));
        stats.HasConcern.ShouldBeTrue();
        stats.HasAsk.ShouldBeTrue();
        stats.Version.ShouldBe(1);

        var lens = lenses.EnumerateArray().ShouldHaveSingleItem();
        lens.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32().ShouldBe(0);
        lens.GetProperty("command").GetProperty("title").GetString()
            .ShouldBe($"about {Label(total)[1..]} spoken · summary {Label(summary)[1..]} · concern question ✓ · ask ✓");
    }

    [Fact]
    public async Task Code_lens_marks_a_missing_concern_question_and_a_half_ask()
    {
        await using var client = await TestLspClient.StartAsync();
        const string uri = "file:///work/closing.md";
        await client.OpenAsync(uri, "I want this role.");
        var lens = (await client.RequestAsync("textDocument/codeLens", new { textDocument = new { uri } }))[0];
        lens.GetProperty("command").GetProperty("title").GetString()!.ShouldEndWith("no summary · concern question ✗ · ask ✗ (no next-steps question)");
    }

    [Fact]
    public async Task Requests_for_documents_that_are_not_open_answer_empty()
    {
        await using var client = await TestLspClient.StartAsync();
        var document = new { uri = "file:///work/not-open.md" };
        (await client.RequestAsync("textDocument/hover", new { textDocument = document, position = new { line = 0, character = 0 } })).ValueKind.ShouldBe(JsonValueKind.Null);
        (await client.RequestAsync("textDocument/inlayHint", new { textDocument = document, range = TestLspClient.Range(0, 0, 1, 0) })).GetArrayLength().ShouldBe(0);
        (await client.RequestAsync("textDocument/codeLens", new { textDocument = document })).GetArrayLength().ShouldBe(0);
    }

    private static string Label(double seconds) =>
        "~" + Math.Max(1, (int)Math.Round(seconds, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture) + " s";

    /// <summary>Applies LSP text edits (UTF-16 positions, non-overlapping) to <paramref name="text"/>.</summary>
    internal static string ApplyEdits(string text, JsonElement edits)
    {
        var source = Text.SourceText.From(text);
        var changes = edits.EnumerateArray().Select(edit =>
        {
            var range = edit.GetProperty("range");
            var start = source.GetPosition(new Text.LinePosition(range.GetProperty("start").GetProperty("line").GetInt32(), range.GetProperty("start").GetProperty("character").GetInt32()));
            var end = source.GetPosition(new Text.LinePosition(range.GetProperty("end").GetProperty("line").GetInt32(), range.GetProperty("end").GetProperty("character").GetInt32()));
            return new Text.TextChange(Text.TextSpan.FromBounds(start, end), edit.GetProperty("newText").GetString()!);
        });
        return source.WithChanges(changes).ToString();
    }
}
