using System.CommandLine;
using CloseLint.Cli.Commands;

namespace CloseLint.Cli;

internal static class Program
{
    private static Task<int> Main(string[] args)
    {
        var root = new RootCommand("CloseLint: lints interview closing scripts (summary, concern question, the ask, gimmicks).");
        root.Subcommands.Add(LspCommand.Create());
        root.Subcommands.Add(ClassifyCommand.Create());
        root.Subcommands.Add(ModelCommand.Create());
        return root.Parse(args).InvokeAsync();
    }
}
