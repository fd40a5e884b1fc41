using System.CommandLine;
using CloseLint.Cli.Terminal;

namespace CloseLint.Cli.Commands;

/// <summary><c>closelint explain CL0003</c>: prints a rule's page (its Markdown, headings highlighted on a terminal).</summary>
internal static class ExplainCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "A rule id, such as CL0003." };
        var command = new Command("explain", "Prints a rule's documentation: why it matters, examples, how to fix and configure it.") { id };
        command.SetAction(parse =>
        {
            var requested = parse.GetValue(id)!.Trim().ToUpperInvariant();
            var descriptor = RuleDocs.AllDescriptors.FirstOrDefault(d => d.Id == requested);
            var page = RuleDocs.Find(requested);
            if (page is null && descriptor is null)
            {
                Console.Error.WriteLine($"closelint: there is no rule '{requested}'. Rules: {string.Join(", ", RuleDocs.AllDescriptors.Select(d => d.Id))}");
                return ExitCodes.UsageOrInputError;
            }

            if (page is null)
            {
                Console.WriteLine($"{descriptor!.Id}: {descriptor.Title}");
                Console.WriteLine($"Default severity: {CloseLint.Analysis.ReportDiagnosticNames.ToConfigName(descriptor.DefaultSeverity)}; category: {descriptor.Category}");
                Console.WriteLine($"No page for this rule ships with this build; see {descriptor.HelpLinkUri}");
                return ExitCodes.Clean;
            }

            var color = ConsoleSupport.StdoutSupportsColor;
            foreach (var line in page.ReplaceLineEndings("\n").Split('\n'))
                Console.WriteLine(color && line.StartsWith('#') ? $"\u001b[1;36m{line}\u001b[0m" : line);
            return ExitCodes.Clean;
        });
        return command;
    }
}
