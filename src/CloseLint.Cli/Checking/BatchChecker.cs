using System.Collections.Concurrent;
using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.Cli.Fixing;
using CloseLint.Cli.Inputs;
using CloseLint.Cli.Loading;
using CloseLint.Configuration;
using CloseLint.Speaking;
using CloseLint.Syntax;

namespace CloseLint.Cli.Checking;

/// <summary>
/// Checks a batch: reads every input in parallel, then analyzes every script in parallel (a CSV's rows spread over
/// the cores too), and returns the reports in input order whatever order they finished in.
/// </summary>
internal sealed class BatchChecker
{
    private readonly AnalyzerDriver _driver;
    private readonly ScriptLoader _loader;
    private readonly ScriptFixer? _fixer;
    private readonly bool _writeFixes;
    private readonly AnalyzerConfigSet _configuration = new();
    private readonly ConcurrentDictionary<string, AnalyzerOptions> _options = new(StringComparer.Ordinal);

    /// <summary>Creates a checker; with <paramref name="fixer"/> it fixes, and writes the fixes when <paramref name="writeFixes"/>.</summary>
    public BatchChecker(AnalyzerDriver driver, ScriptLoader loader, ScriptFixer? fixer, bool writeFixes)
    {
        _driver = driver;
        _loader = loader;
        _fixer = fixer;
        _writeFixes = writeFixes;
    }

    /// <summary>How many threads check at once.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Checks <paramref name="files"/>; <paramref name="started"/> hears the script count, <paramref name="checkedOne"/> each script.</summary>
    public async Task<ImmutableArray<ScriptReport>> CheckAsync(IReadOnlyList<InputFile> files, Action<int>? started = null,
        Action? checkedOne = null, CancellationToken cancellationToken = default)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = MaxParallelism, CancellationToken = cancellationToken };
        var loaded = new List<LoadItem>[files.Count];
        Parallel.For(0, files.Count, parallel, i => loaded[i] = _loader.Load(files[i]));

        var items = loaded.SelectMany(x => x).ToArray();
        started?.Invoke(items.Length);
        var reports = new ScriptReport[items.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, items.Length), parallel, async (i, token) =>
        {
            var item = items[i];
            reports[i] = item.Unit is { } unit ? await CheckAsync(unit, token).ConfigureAwait(false) : Unreadable(item.Problem!);
            checkedOne?.Invoke();
        }).ConfigureAwait(false);
        return [.. reports];
    }

    private async Task<ScriptReport> CheckAsync(ScriptUnit unit, CancellationToken cancellationToken)
    {
        var options = _options.GetOrAdd(unit.Source.FullPath, _configuration.GetOptions);
        var document = ScriptDocument.Parse(unit.Text, unit.Source.DisplayPath, unit.Format);
        var result = _driver.Analyze(document, options, cancellationToken);
        var findings = ImmutableArray.CreateBuilder<Finding>();
        var empty = EmptyScripts.Describe(unit);

        FixOutcome? fix = null;
        if (_fixer is not null && unit.Source.IsFixable && empty is null)
        {
            var (fixedResult, applied) = await _fixer.FixAsync(result, options, cancellationToken).ConfigureAwait(false);
            var written = false;
            if (applied > 0 && _writeFixes)
            {
                try
                {
                    AtomicFile.Write(unit.Source.FullPath, fixedResult.Document.Text);
                    written = true;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    findings.Add(Finding.Unreadable($"the fixed file could not be written: {ex.Message}"));
                }
            }

            fix = new FixOutcome(unit.Text, fixedResult.Document.Text, applied, written);
            if (written || !_writeFixes) result = fixedResult;
        }

        var diagnostics = empty is null ? result.Diagnostics : EmptyScripts.Diagnostics(result, options, empty);
        foreach (var diagnostic in diagnostics) findings.Add(Finding.From(diagnostic, unit));
        var outline = ScriptOutline.Create(result);
        var estimator = SpeakingTimeEstimator.FromOptions(options);
        var figures = new ScriptFigures(estimator.Seconds(result.Document), outline.SummarySeconds(estimator), outline.HasConcernQuestion,
            outline.AskParts, outline.Gimmicks.Length);
        return new ScriptReport(unit.Source, unit.Record, unit.Row, unit.FileLine, unit.LinesAreParagraphs, result.Document.Text,
            findings.ToImmutable(), figures, fix);
    }

    private static ScriptReport Unreadable(LoadProblem problem) => new(problem.Source, problem.Record, problem.Row, problem.FileLine,
        linesAreParagraphs: false, text: null, [Finding.Unreadable(problem.Reason, problem.Position)], figures: null, fix: null);
}
