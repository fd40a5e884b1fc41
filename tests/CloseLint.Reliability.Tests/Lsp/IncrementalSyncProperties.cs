using System.Text.Json;
using CloseLint.LanguageServer;
using CloseLint.Reliability.Tests.Properties;
using CloseLint.Text;
using CsCheck;
using Shouldly;

namespace CloseLint.Reliability.Tests.Lsp;

/// <summary>
/// Random edit sequences sent through an LSP client: the server's text (read back by <see cref="EchoTextAnalyzer"/>)
/// always equals the client's, and the same final text gives the same diagnostics whatever the edit path.
/// </summary>
public sealed class IncrementalSyncProperties
{
    private static readonly LanguageServerOptions Options = new()
    {
        Analyzers = [.. BuiltInAnalyzers.All, new EchoTextAnalyzer()],
        Debounce = TimeSpan.Zero,
    };

    /// <summary>One edit, resolved against the text at the time: where (as fractions), what, and whether it starts a new notification.</summary>
    private static readonly Gen<(double Start, double Length, string Text, bool NewNotification)> EditGen =
        Gen.Select(Gen.Double[0, 1], Gen.Double[0, 0.3], Gen.OneOf(ScriptGen.Fragment, Gen.Const(string.Empty)), Gen.Bool);

    private static readonly Gen<(string Initial, (double Start, double Length, string Text, bool NewNotification)[] Edits)> SessionGen =
        Gen.Select(ScriptGen.Script, EditGen.Array[1, 25]);

    [Fact]
    public async Task Server_text_equals_client_text_and_diagnostics_do_not_depend_on_the_edit_path()
    {
        await using var client = await LspTestClient.StartAsync(Options, pull: true);
        var run = 0;
        SessionGen.Sample(session =>
        {
            var n = Interlocked.Increment(ref run);
            CheckSessionAsync(client, $"file:///sync/{n}/closing.md", $"file:///sync/{n}/fresh.md", session.Initial, session.Edits)
                .GetAwaiter().GetResult();
        }, iter: 150, threads: 1);
    }

    private static async Task CheckSessionAsync(LspTestClient client, string uri, string freshUri, string initial,
        (double Start, double Length, string Text, bool NewNotification)[] edits)
    {
        var model = initial;
        var version = 1;
        await client.OpenAsync(uri, model, version);
        var pending = new List<object>();
        foreach (var (startFraction, lengthFraction, insert, newNotification) in edits)
        {
            if (newNotification && pending.Count > 0)
            {
                await client.ChangeAsync(uri, ++version, pending);
                pending.Clear();
            }

            // Each change in one notification applies to the result of the previous one (LSP's sequential changes).
            var text = SourceText.From(model);
            var start = TextBoundaries.Snap(text, (int)(startFraction * text.Length));
            var end = TextBoundaries.Snap(text, start + (int)(lengthFraction * (text.Length - start)));
            if (end < start) end = start;
            pending.Add(LspTestClient.Edit(text.GetLinePositionSpan(TextSpan.FromBounds(start, end)), insert));
            model = model[..start] + insert + model[end..];
        }

        await client.ChangeAsync(uri, ++version, pending);
        var edited = await client.PullAsync(uri);
        EchoTextAnalyzer.Decode(Echo(edited)).ShouldBe(model, $"after {edits.Length} edits to {initial}");

        await client.OpenAsync(freshUri, model);
        var fresh = await client.PullAsync(freshUri);
        Describe(edited).ShouldBe(Describe(fresh));
        await client.CloseAsync(uri);
        await client.CloseAsync(freshUri);
    }

    private static string Echo(List<JsonElement> items) =>
        items.Single(i => i.GetProperty("code").GetString() == EchoTextAnalyzer.Id).GetProperty("message").GetString()!;

    private static List<string> Describe(List<JsonElement> items) =>
        [.. items.Select(i => $"{i.GetProperty("code").GetString()} {i.GetProperty("range")} {i.GetProperty("message").GetString()}")];
}
