using System.CommandLine;
using CloseLint.Cli.Checking;
using CloseLint.Cli.Loading;
using CloseLint.Cli.Reporting;
using CloseLint.Cli.Terminal;

namespace CloseLint.Cli.Commands;

/// <summary><c>closelint check</c>: checks scripts and reports what it finds.</summary>
internal static class CheckCommand
{
    private static readonly string[] Formats = ["text", "json", "sarif", "github", "html"];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders (searched recursively), globs, or - for standard input. Default: the current folder.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f") { Description = "Report format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var failOn = new Option<string>("--fail-on") { Description = "Exit with 1 when a finding is at least this severe.", DefaultValueFactory = _ => "warning" };
        failOn.AcceptOnlyFromAmong("error", "warning", "suggestion", "none");
        var include = new Option<string[]>("--include") { Description = "Globs a folder search includes (repeatable). Default: **/*.{md,markdown,txt,docx,csv,tsv}." };
        var exclude = new Option<string[]>("--exclude") { Description = "Globs to leave out of folder and glob searches (repeatable)." };
        var column = new Option<string>("--column") { Description = "The CSV/TSV column that holds the script.", DefaultValueFactory = _ => CsvColumns.Default.Script };
        var idColumn = new Option<string>("--id-column") { Description = "The CSV/TSV column that names each row.", DefaultValueFactory = _ => CsvColumns.Default.Id };
        var stdinName = new Option<string?>("--stdin-filename") { Description = "The file name standard input is checked as (picks Markdown or text, and the .editorconfig)." };
        var fix = new Option<bool>("--fix") { Description = "Apply the available fixes to .txt and .md files in place." };
        var dryRun = new Option<bool>("--dry-run") { Description = "With --fix: print a unified diff of the fixes instead of writing them." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no notes on standard error." };
        var detector = new Option<string>("--detector") { Description = "How sentence intents are read.", DefaultValueFactory = _ => "auto" };
        detector.AcceptOnlyFromAmong(DetectorFactory.Choices);
        var noColor = new Option<bool>("--no-color") { Description = "Never color the text report (NO_COLOR does the same)." };
        var maxFileSize = new Option<long?>("--max-file-size")
        {
            Description = "Report inputs larger than this instead of reading them: bytes, or a number with KB, MB or GB, up to 1GB. Default: 64MB.",
            HelpName = "SIZE",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
                if (ByteSize.TryParse(text, out var bytes, out var error)) return bytes;
                result.AddError($"--max-file-size: {error}");
                return null;
            },
        };
        var jobs = new Option<int>("--jobs", "-j") { Description = "How many scripts to check at once.", DefaultValueFactory = _ => Environment.ProcessorCount };

        var command = new Command("check", "Checks closing scripts (.txt, .md, .docx, one a row in .csv/.tsv) and reports findings.")
        {
            paths, format, output, failOn, include, exclude, column, idColumn, stdinName, fix, dryRun, quiet, detector, noColor, jobs, maxFileSize,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            SeverityNames.TryParseThreshold(parse.GetValue(failOn)!, out var threshold);
            var given = parse.GetValue(paths) ?? [];
            // System.CommandLine hands an unknown option to the paths argument; a path that looks like an option and
            // names no file is a usage error, not a missing file.
            var unknown = given.FirstOrDefault(p => p.Length > 1 && p[0] == '-' && !File.Exists(p) && !Directory.Exists(p));
            if (unknown is not null)
            {
                Console.Error.WriteLine($"closelint: unknown option '{unknown}'. Run 'closelint check --help' for usage.");
                return Task.FromResult(ExitCodes.UsageOrInputError);
            }

            var settings = new CheckSettings
            {
                Paths = given.Length == 0 ? ["."] : [.. given],
                Format = Enum.Parse<ReportFormat>(parse.GetValue(format)!, ignoreCase: true),
                OutputPath = parse.GetValue(output),
                FailOn = threshold,
                Includes = [.. parse.GetValue(include) ?? []],
                Excludes = [.. parse.GetValue(exclude) ?? []],
                Columns = new CsvColumns(parse.GetValue(column)!, parse.GetValue(idColumn)!),
                StdinFileName = parse.GetValue(stdinName),
                Fix = parse.GetValue(fix),
                DryRun = parse.GetValue(dryRun),
                Quiet = parse.GetValue(quiet),
                Detector = parse.GetValue(detector)!,
                NoColor = parse.GetValue(noColor),
                Jobs = parse.GetValue(jobs),
                MaxFileBytes = parse.GetValue(maxFileSize) ?? ByteSize.DefaultLimit,
            };
            return CliConsole.Run(runner => runner.RunAsync(settings, cancellationToken));
        });
        return command;
    }
}
