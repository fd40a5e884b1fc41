using CloseLint.LanguageServer.Tests.Infrastructure;
using CloseLint.LanguageServer.Tests.TestRules;
using Shouldly;

namespace CloseLint.LanguageServer.Tests;

public sealed class SyncTests
{
    private const string Uri = "file:///work/closing.md";

    [Fact]
    public async Task Publishes_diagnostics_after_open_with_code_link_source_severity_and_exact_range()
    {
        await using var client = await TestLspClient.StartAsync();
        await client.OpenAsync(Uri, "I led nine nurses.\nI honestly cut wait times.", version: 3);
        var published = await client.NextDiagnosticsAsync(Uri);
        published.Version.ShouldBe(3);
        var diagnostic = published.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe("TL0001");
        diagnostic.Source.ShouldBe("closelint");
        diagnostic.Severity.ShouldBe(2);
        diagnostic.CodeDescription!.Href.ShouldBe("https://github.com/closelint/closelint/blob/main/docs/rules/TL0001.md");
        diagnostic.Message.ShouldBe("'honestly' weakens the sentence");
        diagnostic.Range.ShouldBe(new(new(1, 2), new(1, 10)));
    }

    [Fact]
    public async Task An_edit_to_a_document_with_no_analysis_under_way_is_analyzed_without_the_debounce()
    {
        var clock = new RecordingTimeProvider();
        var debounce = TimeSpan.FromSeconds(7);
        await using var client = await TestLspClient.StartAsync(options: TestLspClient.DefaultOptions() with { Debounce = debounce, TimeProvider = clock });
        await client.OpenAsync(Uri, "I want this role.");
        await client.NextDiagnosticsAsync(Uri);

        await client.ChangeAsync(Uri, 2, TestLspClient.Edit(0, 0, 0, 0, "Honestly, "));
        (await client.NextDiagnosticsAsync(Uri, p => p.Version == 2)).Diagnostics.ShouldHaveSingleItem();
        clock.Delays.ShouldNotContain(debounce);
    }

    [Fact]
    public async Task Edits_that_arrive_while_the_document_is_being_analyzed_wait_for_the_debounce_and_only_the_last_is_published()
    {
        var clock = new RecordingTimeProvider();
        var debounce = TimeSpan.FromSeconds(7);
        using var gate = new GatedAnalyzer();
        var options = TestLspClient.DefaultOptions() with { Analyzers = [new HonestlyAnalyzer(), gate], Debounce = debounce, TimeProvider = clock };
        await using var client = await TestLspClient.StartAsync(options: options);
        await client.OpenAsync(Uri, "I want this role.");
        await gate.Entered.WaitAsync(TestLspClient.Timeout);

        await client.ChangeAsync(Uri, 2, TestLspClient.Edit(0, 0, 0, 0, "Honestly, "));
        await client.ChangeAsync(Uri, 3, TestLspClient.Edit(0, 0, 0, 0, "Truly. "));
        await client.BarrierAsync();
        clock.Delays.Count(d => d == debounce).ShouldBe(2);
        gate.Release();

        var published = await client.NextDiagnosticsAsync(Uri);
        published.Version.ShouldBe(3);
        published.Diagnostics.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Incremental_changes_apply_in_order_to_CRLF_text_with_emoji()
    {
        await using var client = await TestLspClient.StartAsync();
        // "😀" is two UTF-16 code units; CRLF is one line break.
        await client.OpenAsync(Uri, "Zoë 😀 here.\r\nI want this role.\r\n");
        await client.NextDiagnosticsAsync(Uri);

        // Each change applies to the result of the one before it, within one notification and across them.
        await client.ChangeAsync(Uri, 2,
            TestLspClient.Edit(1, 2, 1, 2, "honestly "),
            TestLspClient.Edit(0, 7, 0, 11, "there"));
        await client.ChangeAsync(Uri, 3, TestLspClient.Edit(0, 4, 0, 6, "🎉🎉"));
        var published = await client.NextDiagnosticsAsync(Uri, p => p.Version == 3);

        client.ServerText(Uri).ShouldBe("Zoë 🎉🎉 there.\r\nI honestly want this role.\r\n");
        published.Diagnostics.ShouldHaveSingleItem().Range.ShouldBe(new(new(1, 2), new(1, 10)));
    }

    [Fact]
    public async Task An_edit_across_a_CRLF_joins_the_lines()
    {
        await using var client = await TestLspClient.StartAsync();
        await client.OpenAsync(Uri, "One.\r\nTwo.\r\nThree.");
        await client.ChangeAsync(Uri, 2, TestLspClient.Edit(0, 4, 1, 0, " "));
        await client.NextDiagnosticsAsync(Uri, p => p.Version == 2);
        client.ServerText(Uri).ShouldBe("One. Two.\r\nThree.");
    }

    [Fact]
    public async Task A_change_without_a_range_replaces_the_whole_text()
    {
        await using var client = await TestLspClient.StartAsync();
        await client.OpenAsync(Uri, "Honestly, hello.");
        (await client.NextDiagnosticsAsync(Uri)).Diagnostics.Length.ShouldBe(1);
        await client.ChangeAsync(Uri, 2, new { text = "Hello again.\nNothing honest about it." });
        (await client.NextDiagnosticsAsync(Uri, p => p.Version == 2)).Diagnostics.ShouldBeEmpty();
        client.ServerText(Uri).ShouldBe("Hello again.\nNothing honest about it.");
    }

    [Fact]
    public async Task Utf8_positions_are_negotiated_when_the_client_offers_them()
    {
        await using var client = await TestLspClient.StartAsync(new { general = new { positionEncodings = new[] { "utf-8", "utf-16" } } });
        client.InitializeResult.GetProperty("capabilities").GetProperty("positionEncoding").GetString().ShouldBe("utf-8");
        // "ë" is 2 bytes and "😀" 4, so "honestly" starts at byte 10 (UTF-16 column 7).
        await client.OpenAsync(Uri, "Zoë 😀 honestly.");
        var diagnostic = (await client.NextDiagnosticsAsync(Uri)).Diagnostics.ShouldHaveSingleItem();
        diagnostic.Range.ShouldBe(new(new(0, 10), new(0, 18)));

        await client.ChangeAsync(Uri, 2, TestLspClient.Edit(0, 10, 0, 10, "and "));
        await client.NextDiagnosticsAsync(Uri, p => p.Version == 2);
        client.ServerText(Uri).ShouldBe("Zoë 😀 and honestly.");
    }

    [Fact]
    public async Task Utf16_is_kept_when_the_client_does_not_offer_utf8()
    {
        await using var client = await TestLspClient.StartAsync(new { general = new { positionEncodings = new[] { "utf-16" } } });
        await client.OpenAsync(Uri, "Zoë 😀 honestly.");
        (await client.NextDiagnosticsAsync(Uri)).Diagnostics.ShouldHaveSingleItem().Range.ShouldBe(new(new(0, 7), new(0, 15)));
    }

    [Fact]
    public async Task A_stale_analysis_is_never_published()
    {
        using var gate = new SemaphoreSlim(0);
        var detector = new ScriptedIntentDetector(gate);
        await using var client = await TestLspClient.StartAsync(options: TestLspClient.DefaultOptions(detector));
        await client.OpenAsync(Uri, "Honestly, version one.");
        await detector.Started.WaitAsync(TestLspClient.Timeout);
        await client.ChangeAsync(Uri, 2, new { text = "Version two, honestly. Honestly." });
        await client.BarrierAsync();
        gate.Release();
        var first = await client.NextDiagnosticsAsync(Uri);
        first.Version.ShouldBe(2);
        first.Diagnostics.Length.ShouldBe(2);
    }

    [Fact]
    public async Task Rapid_edits_end_with_the_last_version_and_never_go_back()
    {
        await using var client = await TestLspClient.StartAsync();
        await client.OpenAsync(Uri, "Start.");
        for (var version = 2; version <= 30; version++)
            await client.ChangeAsync(Uri, version, TestLspClient.Edit(0, 0, 0, 0, version % 2 == 0 ? "Honestly " : "so "));
        var versions = new List<int>();
        Protocol.PublishDiagnosticsParams published;
        do
        {
            published = await client.NextDiagnosticsAsync(Uri);
            versions.Add(published.Version!.Value);
        }
        while (published.Version != 30);
        versions.ShouldBe(versions.Order().ToList());
        published.Diagnostics.Length.ShouldBe(15);
    }

    [Fact]
    public async Task Closing_a_document_clears_its_diagnostics()
    {
        await using var client = await TestLspClient.StartAsync();
        await client.OpenAsync(Uri, "Honestly.");
        (await client.NextDiagnosticsAsync(Uri)).Diagnostics.ShouldNotBeEmpty();
        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = Uri } });
        var cleared = await client.NextDiagnosticsAsync(Uri);
        cleared.Diagnostics.ShouldBeEmpty();
        cleared.Version.ShouldBeNull();
        client.Connection.Server.Documents.Count.ShouldBe(0);
    }

    [Fact]
    public async Task A_change_to_an_unopened_document_is_ignored_and_logged()
    {
        await using var client = await TestLspClient.StartAsync();
        await client.ChangeAsync("file:///work/never-opened.md", 2, new { text = "Honestly." });
        await client.OpenAsync(Uri, "Honestly.");
        await client.NextDiagnosticsAsync(Uri);
        client.Connection.Server.Documents.Count.ShouldBe(1);
        client.ServerLog.ShouldContain("never-opened.md, which is not open");
    }

    [Fact]
    public async Task Pull_diagnostics_answer_full_then_unchanged_then_full_after_an_edit()
    {
        await using var client = await TestLspClient.StartAsync(new { textDocument = new { diagnostic = new { dynamicRegistration = false } } });
        var provider = client.InitializeResult.GetProperty("capabilities").GetProperty("diagnosticProvider");
        provider.GetProperty("interFileDependencies").GetBoolean().ShouldBeFalse();
        await client.OpenAsync(Uri, "Honestly, I want this role.");

        var first = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri } });
        first.GetProperty("kind").GetString().ShouldBe("full");
        first.GetProperty("items")[0].GetProperty("code").GetString().ShouldBe("TL0001");
        var resultId = first.GetProperty("resultId").GetString();

        var second = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri }, previousResultId = resultId });
        second.GetProperty("kind").GetString().ShouldBe("unchanged");

        await client.ChangeAsync(Uri, 2, TestLspClient.Edit(0, 0, 0, 10, ""));
        var third = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri }, previousResultId = resultId });
        third.GetProperty("kind").GetString().ShouldBe("full");
        third.GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Pull_diagnostics_answer_full_for_a_document_reopened_at_the_same_version_with_other_text()
    {
        // VS Code reopens a document at version 1, so the version alone cannot tell the two texts apart.
        await using var client = await TestLspClient.StartAsync(new { textDocument = new { diagnostic = new { dynamicRegistration = false } } });
        await client.OpenAsync(Uri, "I want this role.");
        var first = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri } });
        first.GetProperty("kind").GetString().ShouldBe("full");
        first.GetProperty("items").GetArrayLength().ShouldBe(0);
        var resultId = first.GetProperty("resultId").GetString();

        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = Uri } });
        await client.OpenAsync(Uri, "Honestly, I want this role.");
        var second = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri }, previousResultId = resultId });
        second.GetProperty("kind").GetString().ShouldBe("full");
        second.GetProperty("items").EnumerateArray().ShouldHaveSingleItem().GetProperty("code").GetString().ShouldBe("TL0001");
        second.GetProperty("resultId").GetString().ShouldNotBe(resultId);

        var third = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri }, previousResultId = second.GetProperty("resultId").GetString() });
        third.GetProperty("kind").GetString().ShouldBe("unchanged");
    }

    [Fact]
    public async Task A_document_is_analyzed_once_per_version()
    {
        var detector = new ScriptedIntentDetector();
        await using var client = await TestLspClient.StartAsync(options: TestLspClient.DefaultOptions(detector));
        await client.OpenAsync(Uri, "# Summary\nI led nine nurses.\n\nHonestly, I want this role.");
        await client.NextDiagnosticsAsync(Uri);
        var document = new { uri = Uri };
        await client.RequestAsync("textDocument/hover", new { textDocument = document, position = new { line = 3, character = 1 } });
        await client.RequestAsync("textDocument/inlayHint", new { textDocument = document, range = TestLspClient.Range(0, 0, 9, 0) });
        await client.RequestAsync("textDocument/codeLens", new { textDocument = document });
        await client.RequestAsync("textDocument/codeAction", new { textDocument = document, range = TestLspClient.Range(3, 0, 3, 5), context = new { diagnostics = Array.Empty<object>() } });
        detector.Calls.ShouldBe(1);
    }
}
