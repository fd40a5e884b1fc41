using System.CommandLine;
using CloseLint.Intent;
using CloseLint.LanguageServer;

namespace CloseLint.Cli.Commands;

/// <summary>`closelint lsp`: Runs the language server over stdio.</summary>
internal static class LspCommand
{
    public static Command Create()
    {
        var command = new Command("lsp", "Runs the language server over stdio (LSP 3.17). Logs go to stderr.");
        command.Options.Add(new Option<bool>("--stdio") { Description = "Use stdin/stdout (the default and only transport)." });
        var debounce = new Option<int>("--debounce-ms")
        {
            Description = "Milliseconds an edit waits when the document is already being analyzed, so fast typing is analyzed once (default 25); an edit to an idle document is analyzed at once.",
            DefaultValueFactory = _ => 25,
        };
        command.Options.Add(debounce);
        command.SetAction((parse, cancellationToken) =>
        {
            // The model loads on the thread pool; the lexical detector answers the first requests meanwhile.
            var detector = IntentDetectors.LoadInBackground();
            return LanguageServerHost.RunStdioAsync(new LanguageServerOptions
            {
                IntentDetector = detector,
                Debounce = TimeSpan.FromMilliseconds(Math.Clamp(parse.GetValue(debounce), 0, 2000)),
                IntentDetectorChanged = detector.Loaded.ContinueWith(
                    loaded => loaded.Result.ModelLoaded
                        ? $"intent model loaded in {loaded.Result.LoadTime.TotalMilliseconds:0} ms"
                        : $"intent model not loaded ({loaded.Result.Error?.Message}); lexical intents only",
                    CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default),
            }, cancellationToken);
        });
        return command;
    }
}
