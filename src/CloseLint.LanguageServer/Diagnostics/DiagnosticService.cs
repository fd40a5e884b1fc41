using System.Collections.Concurrent;
using CloseLint.Analysis;
using CloseLint.Configuration;
using CloseLint.LanguageServer.Documents;
using CloseLint.LanguageServer.Configuration;
using CloseLint.Syntax;

namespace CloseLint.LanguageServer.Diagnostics;

/// <summary>
/// Runs the analyzer driver on the thread pool for the current snapshot of a document. A running analysis is shared
/// by everyone who asks for the same snapshot, and cancelled as soon as the document changes or closes.
/// Options are the client's settings overridden by <c>.editorconfig</c>: the project's file wins. Each open document's
/// latest parse is kept, so the next version is parsed from it (<see cref="ScriptDocument.WithText"/>: only the blocks
/// an edit touched are parsed again).
/// </summary>
internal sealed class DiagnosticService(AnalyzerDriver driver, DocumentStore documents, ServerSettings settings, ServerLog log) : IDiagnosticService
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly AnalyzerConfigSet _editorConfig = new();
    private readonly ConcurrentDictionary<string, ScriptDocument> _parsed = new(StringComparer.Ordinal);
    private long _lastSequence;

    public event Action<DocumentAnalysis>? AnalysisCompleted;

    public async Task<DocumentAnalysis?> GetAnalysisAsync(string uri, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (GetOrStart(uri) is not { } entry) return null;
            try
            {
                return await entry.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && entry.Task.IsCanceled)
            {
                // The analysis was superseded (an edit, new settings, the intent model loading), not the request
                // cancelled: answer from the analysis that replaced it.
            }
        }
    }

    private Entry? GetOrStart(string uri)
    {
        lock (_gate)
        {
            // Read under the lock, so a caller holding an older snapshot cannot replace the analysis of a newer one.
            if (!documents.TryGet(uri, out var snapshot)) return null;
            var generation = settings.Generation;
            if (_entries.TryGetValue(uri, out var entry) && entry.Snapshot == snapshot && entry.Generation == generation && !entry.Task.IsCanceled && !entry.Task.IsFaulted)
                return entry;
            entry?.Cancellation.Cancel();
            var cancellation = new CancellationTokenSource();
            entry = new Entry(snapshot, generation, cancellation, Task.Run(() => Analyze(snapshot, generation, cancellation.Token), cancellation.Token));
            _entries[uri] = entry;
            return entry;
        }
    }

    public void Invalidate(string uri)
    {
        lock (_gate)
        {
            if (_entries.Remove(uri, out var entry)) entry.Cancellation.Cancel();
        }

        if (!documents.TryGet(uri, out _)) _parsed.TryRemove(uri, out _);
    }

    public void InvalidateAll()
    {
        lock (_gate)
        {
            foreach (var entry in _entries.Values) entry.Cancellation.Cancel();
            _entries.Clear();
        }
    }

    /// <summary>The options for a document: host settings, then <c>.editorconfig</c> on top.</summary>
    public AnalyzerOptions GetOptions(DocumentSnapshot snapshot) =>
        settings.Current.ToAnalyzerOptions(settings.WorkspaceRoot).OverriddenBy(_editorConfig.GetOptions(snapshot.FilePath));

    private DocumentAnalysis Analyze(DocumentSnapshot snapshot, int generation, CancellationToken cancellationToken)
    {
        var options = GetOptions(snapshot);
        var document = Parse(snapshot);
        var result = driver.Analyze(document, options, cancellationToken);
        // Numbered here, once per entry: the requests sharing this analysis share its result id.
        var analysis = new DocumentAnalysis(snapshot, result, options, generation, Interlocked.Increment(ref _lastSequence));
        try
        {
            AnalysisCompleted?.Invoke(analysis);
        }
        catch (Exception ex)
        {
            log.Error($"after analyzing {snapshot.Uri}: {ex.Message}");
        }

        return analysis;
    }

    private ScriptDocument Parse(DocumentSnapshot snapshot)
    {
        var document = _parsed.TryGetValue(snapshot.Uri, out var previous) && previous.FilePath == snapshot.FilePath && previous.Format == snapshot.Format
            ? previous.WithText(snapshot.Text)
            : ScriptDocument.Parse(snapshot.Text, snapshot.FilePath, snapshot.Format);
        _parsed[snapshot.Uri] = document;
        // Closed meanwhile: keep nothing of it.
        if (!documents.TryGet(snapshot.Uri, out _)) _parsed.TryRemove(snapshot.Uri, out _);
        return document;
    }

    private sealed record Entry(DocumentSnapshot Snapshot, int Generation, CancellationTokenSource Cancellation, Task<DocumentAnalysis> Task);
}
