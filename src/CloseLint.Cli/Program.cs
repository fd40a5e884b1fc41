using System.CommandLine;
using CloseLint.Cli.Commands;

namespace CloseLint.Cli;

internal static class Program
{
    private static Task<int> Main(string[] args)
    {
        var root = new RootCommand("CloseLint: lints interview closing scripts (summary, concern question, the ask, gimmicks).");
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(RulesCommand.Create());
        root.Subcommands.Add(ExplainCommand.Create());
        root.Subcommands.Add(InitCommand.Create());
        root.Subcommands.Add(LspCommand.Create());
        root.Subcommands.Add(ClassifyCommand.Create());
        root.Subcommands.Add(ModelCommand.Create());

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // System.CommandLine exits with 1 on a usage error; closelint keeps 1 for findings.
            foreach (var error in parse.Errors) Console.Error.WriteLine($"closelint: {error.Message}");
            Console.Error.WriteLine("Run 'closelint --help' (or 'closelint <command> --help') for usage.");
            return Task.FromResult(ExitCodes.UsageOrInputError);
        }

        return parse.InvokeAsync();
    }
}
