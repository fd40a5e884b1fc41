using System.CommandLine;

namespace CloseLint.Cli.Commands;

/// <summary>`closelint model`: Trains and evaluates the intent model.</summary>
internal static class ModelCommand
{
    public static Command Create()
    {
        // Placeholder: replaced by the feature's own implementation.
        var command = new Command("model", "Trains and evaluates the intent model.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("closelint model: not available in this build");
            return 2;
        });
        return command;
    }
}
