namespace CloseLint.LanguageServer.Diagnostics;

/// <summary>
/// Analyzes open documents and keeps the latest analysis of each. Push and pull diagnostics, code actions, hovers,
/// hints and lenses all read from here, so a document version is analyzed once.
/// </summary>
internal interface IDiagnosticService
{
    /// <summary>Raised after each new analysis (not for answers from the cache).</summary>
    event Action<DocumentAnalysis>? AnalysisCompleted;

    /// <summary>The analysis of the current snapshot of <paramref name="uri"/>, or null when it is not open.</summary>
    Task<DocumentAnalysis?> GetAnalysisAsync(string uri, CancellationToken cancellationToken);

    /// <summary>Drops the cached analysis of a document, cancelling it if it is still running.</summary>
    void Invalidate(string uri);

    /// <summary>Drops every cached analysis (configuration changed).</summary>
    void InvalidateAll();
}
