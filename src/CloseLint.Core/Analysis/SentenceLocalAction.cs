namespace CloseLint.Analysis;

/// <summary>
/// A sentence action registered with <see cref="AnalysisContext.RegisterSentenceLocalAction{TState}"/>: its state
/// comes from the options once per analysis, and its findings depend only on that state and the sentence.
/// </summary>
internal sealed class SentenceLocalAction(Func<AnalyzerOptions, object?> createState, Action<SentenceAnalysisContext, object?> run)
{
    public object? CreateState(AnalyzerOptions options) => createState(options);

    public void Run(SentenceAnalysisContext context, object? state) => run(context, state);
}
