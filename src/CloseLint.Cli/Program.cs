using System.CommandLine;
using CloseLint.Cli.Commands;

namespace CloseLint.Cli;

internal static class Program
{
    private static readonly (string Name, Func<Command> Create)[] Commands =
    [
        ("check", CheckCommand.Create), ("rules", RulesCommand.Create), ("explain", ExplainCommand.Create), ("init", InitCommand.Create),
        ("lsp", LspCommand.Create), ("classify", ClassifyCommand.Create), ("model", ModelCommand.Create),
    ];

    private static Task<int> Main(string[] args)
    {
        var root = new RootCommand("CloseLint: lints interview closing scripts (summary, concern question, the ask, gimmicks).");
        // Only the command asked for is built when the first argument names one: start-up is most of what checking
        // one script or starting the language server costs, and building every command's options is part of it.
        var named = args.Length > 0 ? Array.FindIndex(Commands, c => c.Name == args[0]) : -1;
        foreach (var (_, create) in named >= 0 ? Commands[named..(named + 1)] : Commands) root.Subcommands.Add(create());

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
