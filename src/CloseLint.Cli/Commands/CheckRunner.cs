using System.Collections.Immutable;
using System.Text;
using CloseLint.Analysis;
using CloseLint.Cli.Checking;
using CloseLint.Cli.Fixing;
using CloseLint.Cli.Inputs;
using CloseLint.Cli.Loading;
using CloseLint.Cli.Reporting;
using CloseLint.Cli.Terminal;
using CloseLint.CodeFixes;

namespace CloseLint.Cli.Commands;

/// <summary>Runs <c>closelint check</c>: resolve the inputs, check them, fix them if asked, write the report, pick the exit code.</summary>
internal sealed class CheckRunner(TextWriter stdout, TextWriter stderr, Func<Stream> stdin, string currentDirectory, bool stdoutIsColorTerminal)
{
    /// <summary>Runs the command and returns its exit code.</summary>
    public async Task<int> RunAsync(CheckSettings settings, CancellationToken cancellationToken)
    {
        if (settings.DryRun && !settings.Fix) return Usage("--dry-run only goes with --fix");
        if (settings.Paths.Count(p => p == "-") > 1) return Usage("standard input ('-') can be named once");
        var detector = DetectorFactory.Create(settings.Detector, out var detectorNote, out var detectorError);
        if (detector is null) return Usage(detectorError!);
        if (detectorNote is not null && !settings.Quiet) stderr.WriteLine($"closelint: note: {detectorNote}");

        var resolver = new InputResolver(currentDirectory, settings.Includes, settings.Excludes, settings.StdinFileName);
        var files = resolver.Resolve(settings.Paths);
        if (files.IsEmpty)
        {
            stderr.WriteLine("closelint: nothing to check");
            return ExitCodes.UsageOrInputError;
        }

        if (settings.Fix && !settings.Quiet && files.Any(f => f.Problem is null && !f.IsFixable))
            stderr.WriteLine("closelint: note: --fix never changes .csv, .tsv or .docx files or standard input; their findings are reported as they are");

        var driver = new AnalyzerDriver(BuiltInAnalyzers.All, detector);
        var fixer = settings.Fix ? new ScriptFixer(driver, new CodeFixService(BuiltInCodeFixes.All)) : null;
        var loader = new ScriptLoader(settings.Columns, stdin, settings.MaxFileBytes);
        var checker = new BatchChecker(driver, loader, fixer, writeFixes: settings.Fix && !settings.DryRun) { MaxParallelism = Math.Max(1, settings.Jobs) };

        var reports = !settings.Quiet && ConsoleSupport.CanShowProgress(settings.OutputPath is not null)
            ? await BatchProgress.RunAsync((started, checkedOne) => checker.CheckAsync(files, started, checkedOne, cancellationToken)).ConfigureAwait(false)
            : await checker.CheckAsync(files, cancellationToken: cancellationToken).ConfigureAwait(false);

        var rules = driver.SupportedDiagnostics
            .Concat([InternalDiagnostics.AnalyzerFailed, InternalDiagnostics.ConfigurationProblem, InternalDiagnostics.UnreadableInput, InternalDiagnostics.EmptyScript])
            .DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
        var result = new BatchResult(reports, rules, detector.Name);

        if (settings.DryRun) WriteDiffs(result);
        var exitCode = result.ExitCode(settings.FailOn);
        if (settings.DryRun && settings.OutputPath is null) return exitCode;
        return TryWriteReport(settings.OutputPath, CreateWriter(settings), result) ? exitCode : ExitCodes.UsageOrInputError;
    }

    private IReportWriter CreateWriter(CheckSettings settings) => settings.Format switch
    {
        ReportFormat.Json => new JsonReportWriter(),
        ReportFormat.Sarif => new SarifReportWriter(currentDirectory, ToolInfo.Version),
        ReportFormat.GitHub => new GitHubReportWriter(),
        ReportFormat.Html => new HtmlReportWriter(ToolInfo.Version),
        _ => new TextReportWriter(useColor: settings.OutputPath is null && !settings.NoColor && stdoutIsColorTerminal),
    };

    private bool TryWriteReport(string? outputPath, IReportWriter writer, BatchResult result)
    {
        if (outputPath is null)
        {
            writer.Write(result, stdout);
            stdout.Flush();
            return true;
        }

        try
        {
            var fullPath = Path.GetFullPath(outputPath, currentDirectory);
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            using var file = new StreamWriter(fullPath, append: false, new UTF8Encoding(false));
            writer.Write(result, file);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"closelint: cannot write the report to {outputPath}: {ex.Message}");
            return false;
        }
    }

    private void WriteDiffs(BatchResult result)
    {
        foreach (var script in result.Scripts)
        {
            if (script.Fix is not { Changed: true } fix) continue;
            stdout.Write(UnifiedDiff.Create(script.Path, fix.Original.ToString(), fix.Fixed.ToString()));
        }

        stdout.Flush();
    }

    private int Usage(string message)
    {
        stderr.WriteLine($"closelint: {message}");
        return ExitCodes.UsageOrInputError;
    }
}
