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
        command.SetAction((_, cancellationToken) => LanguageServerHost.RunStdioAsync(new LanguageServerOptions
        {
            // Switch to the background-loading model detector here once it lands; it answers lexically until loaded.
            IntentDetector = LexicalIntentDetector.Instance,
        }, cancellationToken));
        return command;
    }
}
