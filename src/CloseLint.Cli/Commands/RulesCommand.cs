using System.CommandLine;
using CloseLint.Analysis;
using CloseLint.CodeFixes;
using CloseLint.Configuration;
using Spectre.Console;

namespace CloseLint.Cli.Commands;

/// <summary><c>closelint rules</c>: lists every rule with its default severity and how <c>.editorconfig</c> sets it here.</summary>
internal static class RulesCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var path = new Option<string>("--path") { Description = "Show the configuration that applies to this file.", DefaultValueFactory = _ => "closing.md" };
        var command = new Command("rules", "Lists the rules: id, title, default severity, configured severity and whether a fix exists.") { path };
        command.SetAction(parse =>
        {
            var file = Path.GetFullPath(parse.GetValue(path)!);
            var options = new AnalyzerConfigSet().GetOptions(file);
            var fixes = new CodeFixService(BuiltInCodeFixes.All);
            var table = new Table().Border(TableBorder.Rounded).Title($"CloseLint rules for {Markup.Escape(Path.GetRelativePath(Environment.CurrentDirectory, file))}");
            table.AddColumns("Id", "Title", "Default", "Configured", "Fix");
            foreach (var rule in RuleDocs.AllDescriptors)
            {
                var configured = options.GetSeverity(rule.Id) switch
                {
                    ReportDiagnostic.Default => rule.IsEnabledByDefault ? "[grey]default[/]" : "[grey]off (default)[/]",
                    ReportDiagnostic.Suppress => "[red]none (off)[/]",
                    var report => $"[bold]{report.ToSeverity(rule.DefaultSeverity)!.Value.ToConfigName()}[/]",
                };
                table.AddRow(rule.Id, Markup.Escape(rule.Title), rule.DefaultSeverity.ToConfigName(), configured, fixes.CanFix(rule.Id) ? "✓" : "");
            }

            AnsiConsole.Write(table);
            foreach (var problem in options.Problems) Console.Error.WriteLine($"closelint: {problem}");
            return ExitCodes.Clean;
        });
        return command;
    }
}
