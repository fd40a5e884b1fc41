using System.CommandLine;

namespace CloseLint.Cli.Commands;

/// <summary>`closelint classify`: Classifies sentences read from stdin, one JSON object a line.</summary>
internal static class ClassifyCommand
{
    public static Command Create()
    {
        // Placeholder: replaced by the feature's own implementation.
        var command = new Command("classify", "Classifies sentences read from stdin, one JSON object a line.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("closelint classify: not available in this build");
            return 2;
        });
        return command;
    }
}
