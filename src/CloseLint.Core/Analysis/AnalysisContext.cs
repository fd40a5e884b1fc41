namespace CloseLint.Analysis;

/// <summary>Where an analyzer registers what it wants to look at.</summary>
public sealed class AnalysisContext
{
    internal List<Action<SentenceAnalysisContext>> SentenceActions { get; } = [];

    internal List<Action<SectionAnalysisContext>> SectionActions { get; } = [];

    internal List<Action<DocumentAnalysisContext>> DocumentActions { get; } = [];

    /// <summary>Runs <paramref name="action"/> on every sentence, with its intent.</summary>
    public void RegisterSentenceAction(Action<SentenceAnalysisContext> action) => SentenceActions.Add(action ?? throw new ArgumentNullException(nameof(action)));

    /// <summary>Runs <paramref name="action"/> on every section.</summary>
    public void RegisterSectionAction(Action<SectionAnalysisContext> action) => SectionActions.Add(action ?? throw new ArgumentNullException(nameof(action)));

    /// <summary>Runs <paramref name="action"/> once on the whole document.</summary>
    public void RegisterDocumentAction(Action<DocumentAnalysisContext> action) => DocumentActions.Add(action ?? throw new ArgumentNullException(nameof(action)));
}
