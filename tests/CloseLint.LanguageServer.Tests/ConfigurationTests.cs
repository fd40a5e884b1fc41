using System.Text.Json;
using CloseLint.Analysis;
using CloseLint.LanguageServer.Configuration;
using CloseLint.LanguageServer.Tests.Infrastructure;
using Shouldly;

namespace CloseLint.LanguageServer.Tests;

public sealed class ConfigurationTests
{
    private static readonly object PullsConfiguration = new { workspace = new { configuration = true } };

    [Fact]
    public async Task Severity_from_workspace_configuration_applies_after_initialized()
    {
        await using var client = TestLspClient.Create();
        client.Callbacks.Settings = JsonDocument.Parse("""{"severity":{"TL0001":"error"}}""").RootElement;
        await client.InitializeAsync(PullsConfiguration);
        const string uri = "file:///work/closing.md";
        await client.OpenAsync(uri, "Honestly, I want this role.");
        (await client.NextDiagnosticsAsync(uri, p => p.Diagnostics.Length == 1 && p.Diagnostics[0].Severity == 1)).Version.ShouldBe(1);
        client.Callbacks.ConfigurationRequests.ShouldBe(1);
    }

    [Fact]
    public async Task DidChangeConfiguration_makes_the_server_ask_again_and_reanalyze()
    {
        await using var client = await TestLspClient.StartAsync(PullsConfiguration);
        const string uri = "file:///work/closing.md";
        await client.OpenAsync(uri, "Honestly, I want this role.");
        (await client.NextDiagnosticsAsync(uri)).Diagnostics.ShouldHaveSingleItem().Severity.ShouldBe(2);

        client.Callbacks.Settings = JsonDocument.Parse("""{"severity":{"TL0001":"none"}}""").RootElement;
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = (object?)null });
        (await client.NextDiagnosticsAsync(uri, p => p.Diagnostics.IsEmpty)).Version.ShouldBe(1);
    }

    [Fact]
    public async Task Settings_pushed_with_didChangeConfiguration_apply_when_the_client_cannot_be_asked()
    {
        await using var client = await TestLspClient.StartAsync();
        const string uri = "file:///work/closing.md";
        await client.OpenAsync(uri, "Honestly, I want this role.");
        await client.NextDiagnosticsAsync(uri);
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { closelint = new { severity = new { TL0001 = "suggestion" } } } });
        (await client.NextDiagnosticsAsync(uri, p => p.Diagnostics.Length == 1 && p.Diagnostics[0].Severity == 3)).ShouldNotBeNull();
        client.Callbacks.ConfigurationRequests.ShouldBe(0);
    }

    [Fact]
    public async Task Editorconfig_wins_over_client_settings()
    {
        using var folder = new TempFolder();
        folder.File(".editorconfig", "root = true\n[*.md]\ncloselint_diagnostic.TL0001.severity = warning\n");
        var uri = folder.FileUri("closing.md");
        await using var client = TestLspClient.Create();
        client.Callbacks.Settings = JsonDocument.Parse("""{"severity":{"TL0001":"error"}}""").RootElement;
        await client.InitializeAsync(PullsConfiguration);
        // Outside the folder the client's setting applies...
        const string elsewhere = "file:///nowhere/closing.md";
        await client.OpenAsync(elsewhere, "Honestly, I want this role.");
        await client.NextDiagnosticsAsync(elsewhere, p => p.Diagnostics.Length == 1 && p.Diagnostics[0].Severity == 1);
        // ...and inside it the .editorconfig overrides it.
        await client.OpenAsync(uri, "Honestly, I want this role.");
        (await client.NextDiagnosticsAsync(uri)).Diagnostics.ShouldHaveSingleItem().Severity.ShouldBe(2);
    }

    [Fact]
    public async Task Pull_clients_are_asked_to_refresh_after_a_settings_change()
    {
        var capabilities = new { workspace = new { configuration = true, diagnostics = new { refreshSupport = true } }, textDocument = new { diagnostic = new { } } };
        await using var client = await TestLspClient.StartAsync(capabilities);
        client.Callbacks.Settings = JsonDocument.Parse("""{"speakingRateWpm":120}""").RootElement;
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { } });
        using var timeout = new CancellationTokenSource(TestLspClient.Timeout);
        while (client.Callbacks.DiagnosticRefreshes == 0) await client.BarrierAsync().WaitAsync(timeout.Token);
        // A second refresh may come from the intent model finishing its background load.
        client.Callbacks.DiagnosticRefreshes.ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public void Client_settings_map_to_analyzer_option_keys()
    {
        var problems = new List<string>();
        var settings = ClientSettings.Parse(JsonDocument.Parse("""
            {"speakingRateWpm":130,"summaryMaxSeconds":25,"severity":{"cl0002":"error","CL0003":"loud"},
             "extraGimmickPhrases":"phrases/gimmicks.tsv","extraHedgePhrases":42,"unknown":true}
            """).RootElement, problems);
        var options = settings.ToAnalyzerOptions("/work/space");

        options.GetNumber("closelint_speaking_rate_wpm", 0).ShouldBe(130);
        options.GetNumber("closelint_summary_max_seconds", 0).ShouldBe(25);
        options.GetSeverity("CL0002").ShouldBe(ReportDiagnostic.Error);
        options.GetSeverity("CL0003").ShouldBe(ReportDiagnostic.Default);
        options.TryGetPath("closelint_extra_gimmick_phrases", out var path).ShouldBeTrue();
        path.ShouldBe(Path.GetFullPath("/work/space/phrases/gimmicks.tsv"));
        options.TryGetValue("closelint_extra_hedge_phrases", out _).ShouldBeFalse();
        problems.Count.ShouldBe(2);
        ClientSettings.Parse(JsonDocument.Parse("""{"severity":{"CL0002":"error"}}""").RootElement, problems)
            .ShouldBe(ClientSettings.Parse(JsonDocument.Parse("""{"severity":{"cl0002":"error"}}""").RootElement, problems));
    }
}
