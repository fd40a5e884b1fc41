using System.Collections.Immutable;
using CloseLint.Syntax;
using CloseLint.Text;

namespace CloseLint.Analysis;

/// <summary>
/// Runs analyzers over documents. Each analyzer is initialized once; <see cref="Analyze"/> may then be called from
/// many threads at once. Sentences are classified once per document. An analyzer that throws reports one CL9001
/// instead of its findings, and the others still run. Configured severities and inline suppressions are applied
/// here, so rules never see them.
/// </summary>
public sealed class AnalyzerDriver
{
    private readonly ImmutableArray<RegisteredAnalyzer> _analyzers;

    /// <summary>Creates a driver for <paramref name="analyzers"/>, reading intents with <paramref name="intentDetector"/>.</summary>
    public AnalyzerDriver(IEnumerable<DiagnosticAnalyzer> analyzers, ISentenceIntentDetector intentDetector)
        : this(analyzers, intentDetector, sentenceResults: null)
    {
    }

    /// <summary>
    /// Creates a driver that reuses the findings of sentence-local actions for sentences it has seen before
    /// (see <see cref="SentenceResultCache"/>): for a host that analyzes one version of a document after another.
    /// </summary>
    public AnalyzerDriver(IEnumerable<DiagnosticAnalyzer> analyzers, ISentenceIntentDetector intentDetector, SentenceResultCache? sentenceResults)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        IntentDetector = intentDetector ?? throw new ArgumentNullException(nameof(intentDetector));
        SentenceResults = sentenceResults;
        _analyzers = [.. analyzers.Select(Register)];
        Analyzers = [.. _analyzers.Select(a => a.Analyzer)];
        SupportedDiagnostics = [.. Analyzers.SelectMany(a => a.SupportedDiagnostics).Distinct()];
    }

    /// <summary>The analyzers, in the order given.</summary>
    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    /// <summary>Every descriptor the analyzers may report.</summary>
    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>The detector that reads sentence intents.</summary>
    public ISentenceIntentDetector IntentDetector { get; }

    /// <summary>
    /// From this many sentences on, a document's sentence-local actions (<see cref="AnalysisContext.RegisterSentenceLocalAction{TState}"/>)
    /// run on all cores; the findings are the same either way.
    /// </summary>
    public int ParallelSentenceThreshold { get; init; } = 1024;

    /// <summary>Where findings of sentence-local actions are remembered, or null when they are not.</summary>
    public SentenceResultCache? SentenceResults { get; }

    /// <summary>Analyzes on the thread pool.</summary>
    public Task<AnalysisResult> AnalyzeAsync(ScriptDocument document, AnalyzerOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.Run(() => Analyze(document, options, cancellationToken), cancellationToken);

    /// <summary>Classifies the document's sentences, runs every enabled analyzer and returns the diagnostics in document order.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public AnalysisResult Analyze(ScriptDocument document, AnalyzerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= AnalyzerOptions.Empty;
        cancellationToken.ThrowIfCancellationRequested();
        var intents = IntentDetector.Classify(document, cancellationToken);
        if (intents.Length != document.Sentences.Length)
            throw new InvalidOperationException($"The intent detector '{IntentDetector.Name}' returned {intents.Length} intents for {document.Sentences.Length} sentences.");

        var reported = new List<Diagnostic>();
        foreach (var problem in options.Problems)
            reported.Add(Diagnostic.Create(InternalDiagnostics.ConfigurationProblem, Location.Create(document, new TextSpan(0, 0)), problem.ToString()));

        foreach (var registered in _analyzers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!registered.IsEnabled(options)) continue;
            var own = new List<Diagnostic>();
            try
            {
                registered.Run(document, intents, options, own.Add, SentenceResults, ParallelSentenceThreshold, cancellationToken);
                reported.AddRange(own);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                reported.Add(Diagnostic.Create(InternalDiagnostics.AnalyzerFailed, Location.Create(document, new TextSpan(0, 0)),
                    registered.Analyzer.GetType().Name, $"{ex.GetType().Name}: {ex.Message}"));
            }
        }

        var suppressions = SuppressionMap.Create(document);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>(reported.Count);
        var suppressed = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var diagnostic in reported)
        {
            var configured = ApplySeverity(diagnostic, options);
            if (configured is null) continue;
            var start = configured.Location.SourceSpan.Start;
            if (suppressions.IsSuppressed(configured.Id, start, document.Text.GetLineNumber(start))) suppressed.Add(configured);
            else diagnostics.Add(configured);
        }

        diagnostics.Sort(DiagnosticOrder);
        return new AnalysisResult(document, intents, diagnostics.DrainToImmutable(), suppressed.DrainToImmutable());
    }

    /// <summary>Orders diagnostics by position, then by id.</summary>
    public static int DiagnosticOrder(Diagnostic left, Diagnostic right)
    {
        var bySpan = left.Location.SourceSpan.CompareTo(right.Location.SourceSpan);
        return bySpan != 0 ? bySpan : string.CompareOrdinal(left.Id, right.Id);
    }

    private static Diagnostic? ApplySeverity(Diagnostic diagnostic, AnalyzerOptions options)
    {
        var report = options.GetSeverity(diagnostic.Id);
        if (report == ReportDiagnostic.Default && !diagnostic.Descriptor.IsEnabledByDefault) return null;
        var severity = report.ToSeverity(diagnostic.Severity);
        return severity is { } value ? diagnostic.WithSeverity(value) : null;
    }

    private static RegisteredAnalyzer Register(DiagnosticAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var context = new AnalysisContext();
        analyzer.Initialize(context);
        return new RegisteredAnalyzer(analyzer, analyzer.SupportedDiagnostics, [.. context.SentenceActions], [.. context.SentenceLocalActions],
            [.. context.SectionActions], [.. context.DocumentActions]);
    }

    private sealed record RegisteredAnalyzer(
        DiagnosticAnalyzer Analyzer,
        ImmutableArray<DiagnosticDescriptor> Supported,
        ImmutableArray<Action<SentenceAnalysisContext>> SentenceActions,
        ImmutableArray<SentenceLocalAction> SentenceLocalActions,
        ImmutableArray<Action<SectionAnalysisContext>> SectionActions,
        ImmutableArray<Action<DocumentAnalysisContext>> DocumentActions)
    {
        public bool IsEnabled(AnalyzerOptions options)
        {
            foreach (var descriptor in Supported)
            {
                var report = options.GetSeverity(descriptor.Id);
                if (report == ReportDiagnostic.Default ? descriptor.IsEnabledByDefault : report != ReportDiagnostic.Suppress) return true;
            }

            return false;
        }

        private void RunLocal(SentenceLocalAction local, object? state, ReadOnlySpan<SentenceSyntax> sentences, ScriptDocument document,
            ImmutableArray<SentenceIntent> intents, AnalyzerOptions options, Action<Diagnostic> report, SentenceResultCache? cache,
            CancellationToken cancellationToken)
        {
            foreach (var sentence in sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (cache is null)
                {
                    local.Run(new SentenceAnalysisContext(sentence, document, intents, options, Supported, report, cancellationToken), state);
                    continue;
                }

                var intent = intents[sentence.Index];
                if (cache.TryReport(local, state, document, sentence, intent, report)) continue;
                var found = new List<Diagnostic>();
                local.Run(new SentenceAnalysisContext(sentence, document, intents, options, Supported, found.Add, cancellationToken), state);
                foreach (var diagnostic in found) report(diagnostic);
                cache.Remember(local, state, document, sentence, intent, found);
            }
        }

        private static (int Start, int End)[] Chunks(int count, int size)
        {
            var chunks = new (int Start, int End)[(count + size - 1) / size];
            for (var i = 0; i < chunks.Length; i++) chunks[i] = (i * size, Math.Min(count, (i + 1) * size));
            return chunks;
        }

        public void Run(ScriptDocument document, ImmutableArray<SentenceIntent> intents, AnalyzerOptions options, Action<Diagnostic> report,
            SentenceResultCache? cache, int parallelThreshold, CancellationToken cancellationToken)
        {
            if (!SentenceActions.IsEmpty)
            {
                foreach (var sentence in document.Sentences)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var context = new SentenceAnalysisContext(sentence, document, intents, options, Supported, report, cancellationToken);
                    foreach (var action in SentenceActions) action(context);
                }
            }

            foreach (var local in SentenceLocalActions)
            {
                var state = local.CreateState(options);
                var sentences = document.Sentences;
                if (sentences.Length < Math.Max(parallelThreshold, 2))
                {
                    RunLocal(local, state, sentences.AsSpan(), document, intents, options, report, cache, cancellationToken);
                    continue;
                }

                // A long document (a 1 MB paste) runs its sentence-local checks on all cores: they read one sentence
                // each, by contract. Each range reports into its own list; the lists are reported in document order.
                var ranges = Chunks(sentences.Length, Math.Max(1, parallelThreshold / 4));
                var found = new List<Diagnostic>[ranges.Length];
                try
                {
                    Parallel.For(0, ranges.Length, new ParallelOptions { CancellationToken = cancellationToken }, r =>
                    {
                        var (start, end) = ranges[r];
                        var own = found[r] = [];
                        RunLocal(local, state, sentences.AsSpan(start, end - start), document, intents, options, own.Add, cache, cancellationToken);
                    });
                }
                catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
                {
                    // As the sequential loop would: the first failure, not a wrapper around it.
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
                }

                foreach (var list in found)
                    foreach (var diagnostic in list) report(diagnostic);
            }

            if (!SectionActions.IsEmpty)
            {
                foreach (var section in document.Sections)
                {
                    var context = new SectionAnalysisContext(section, document, intents, options, Supported, report, cancellationToken);
                    foreach (var action in SectionActions) action(context);
                }
            }

            if (!DocumentActions.IsEmpty)
            {
                var context = new DocumentAnalysisContext(document, intents, options, Supported, report, cancellationToken);
                foreach (var action in DocumentActions) action(context);
            }
        }
    }
}
