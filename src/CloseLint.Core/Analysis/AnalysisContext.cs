namespace CloseLint.Analysis;

/// <summary>Where an analyzer registers what it wants to look at.</summary>
public sealed class AnalysisContext
{
    internal List<Action<SentenceAnalysisContext>> SentenceActions { get; } = [];

    internal List<Action<SectionAnalysisContext>> SectionActions { get; } = [];

    internal List<Action<DocumentAnalysisContext>> DocumentActions { get; } = [];

    internal List<SentenceLocalAction> SentenceLocalActions { get; } = [];

    /// <summary>Runs <paramref name="action"/> on every sentence, with its intent.</summary>
    public void RegisterSentenceAction(Action<SentenceAnalysisContext> action) => SentenceActions.Add(action ?? throw new ArgumentNullException(nameof(action)));

    /// <summary>
    /// Runs <paramref name="action"/> on every sentence, like <see cref="RegisterSentenceAction"/>, for a check that
    /// looks at nothing but the sentence: its findings must depend only on the sentence's text, its intent, its
    /// section's kind and the state <paramref name="state"/> reads from the options (once per analysis; states are
    /// compared with <see cref="object.Equals(object?)"/>), and must lie inside the sentence. A driver given a
    /// <see cref="SentenceResultCache"/> then reuses the findings for the same sentence, in any document and at any
    /// position, instead of running the action again.
    /// </summary>
    public void RegisterSentenceLocalAction<TState>(Func<AnalyzerOptions, TState> state, Action<SentenceAnalysisContext, TState> action)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(action);
        SentenceLocalActions.Add(new SentenceLocalAction(options => state(options), (context, value) => action(context, (TState)value!)));
    }

    /// <summary>Runs <paramref name="action"/> on every section.</summary>
    public void RegisterSectionAction(Action<SectionAnalysisContext> action) => SectionActions.Add(action ?? throw new ArgumentNullException(nameof(action)));

    /// <summary>Runs <paramref name="action"/> once on the whole document.</summary>
    public void RegisterDocumentAction(Action<DocumentAnalysisContext> action) => DocumentActions.Add(action ?? throw new ArgumentNullException(nameof(action)));
}
