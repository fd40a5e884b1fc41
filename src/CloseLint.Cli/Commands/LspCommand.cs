using System.CommandLine;

namespace CloseLint.Cli.Commands;

/// <summary>`closelint lsp`: Runs the language server over stdio.</summary>
internal static class LspCommand
{
    public static Command Create()
    {
        // Placeholder: replaced by the feature's own implementation.
        var command = new Command("lsp", "Runs the language server over stdio.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("closelint lsp: not available in this build");
            return 2;
        });
        return command;
    }
}
