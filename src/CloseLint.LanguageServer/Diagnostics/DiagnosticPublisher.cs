using System.Collections.Immutable;
using CloseLint.LanguageServer.Documents;
using CloseLint.LanguageServer.Protocol;

namespace CloseLint.LanguageServer.Diagnostics;

/// <summary>
/// Pushes <c>textDocument/publishDiagnostics</c>. Each URI has at most one pending run: a new edit cancels the
/// previous run, and a result is published only if its version is still the document's current one. The debounce is
/// leading-edge: an edit to a document with no run pending is analyzed at once (its diagnostics are not held back),
/// and only an edit that finds a run still pending (edits arriving faster than analysis) waits for the debounce, so
/// a burst of edits is analyzed once, after it.
/// </summary>
internal sealed class DiagnosticPublisher(IDiagnosticService service, DocumentStore documents, ILanguageClient client,
    Func<ProtocolConversions> conversions, TimeSpan debounce, TimeProvider timeProvider, ServerLog log)
{
    private readonly Dictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _sendGate = new(1, 1);

    /// <summary>
    /// Analyzes and publishes: at once when <paramref name="immediately"/> or when no run for the document is pending,
    /// else after the debounce.
    /// </summary>
    public void Schedule(string uri, bool immediately)
    {
        CancellationTokenSource cancellation;
        bool busy;
        lock (_gate)
        {
            busy = _pending.Remove(uri, out var previous);
            previous?.Cancel();
            cancellation = new CancellationTokenSource();
            _pending[uri] = cancellation;
        }

        _ = RunAsync(uri, immediately || !busy ? TimeSpan.Zero : debounce, cancellation);
    }

    public void ScheduleAll()
    {
        foreach (var snapshot in documents.All) Schedule(snapshot.Uri, immediately: true);
    }

    /// <summary>Stops pending work for a closed document and clears its diagnostics.</summary>
    public async Task ClearAsync(string uri)
    {
        lock (_gate)
        {
            if (_pending.Remove(uri, out var previous)) previous.Cancel();
        }

        await SendAsync(new PublishDiagnosticsParams(uri, null, [])).ConfigureAwait(false);
    }

    private async Task RunAsync(string uri, TimeSpan delay, CancellationTokenSource cancellation)
    {
        var cancellationToken = cancellation.Token;
        try
        {
            if (delay > TimeSpan.Zero) await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
            else await Task.Yield();
            var analysis = await service.GetAnalysisAsync(uri, cancellationToken).ConfigureAwait(false);
            if (analysis is null) return;
            var diagnostics = conversions().GetDiagnostics(analysis.Result.Diagnostics);
            // Analysis is done: an edit from here on starts at once (a client may answer the publish with its next edit
            // before this run has finished sending). The version check below still keeps stale results out.
            Forget(uri, cancellation);
            await _sendGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // Only the current version is published; an older result would flash stale squiggles.
                if (cancellationToken.IsCancellationRequested || documents.Get(uri)?.Version != analysis.Snapshot.Version) return;
                await client.NotifyAsync("textDocument/publishDiagnostics",
                    new PublishDiagnosticsParams(uri, analysis.Snapshot.Version, diagnostics)).ConfigureAwait(false);
            }
            finally
            {
                _sendGate.Release();
            }
        }
        catch (OperationCanceledException)
        {
            // A newer edit, a close or a configuration change took over.
        }
        catch (Exception ex) when (ex is StreamJsonRpc.ConnectionLostException or ObjectDisposedException)
        {
            log.Debug($"diagnostics for {uri} not sent: the client is gone");
        }
        catch (Exception ex)
        {
            log.Error($"analyzing {uri} failed: {ex.GetType().Name}: {ex.Message}");
        }
        finally
        {
            Forget(uri, cancellation);
        }
    }

    /// <summary>Ends the run of <paramref name="uri"/> started with <paramref name="cancellation"/>, unless a newer one replaced it.</summary>
    private void Forget(string uri, CancellationTokenSource cancellation)
    {
        lock (_gate)
        {
            if (_pending.TryGetValue(uri, out var current) && current == cancellation) _pending.Remove(uri);
        }
    }

    private async Task SendAsync(PublishDiagnosticsParams parameters)
    {
        await _sendGate.WaitAsync().ConfigureAwait(false);
        try
        {
            await client.NotifyAsync("textDocument/publishDiagnostics", parameters).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ObjectDisposedException or InvalidOperationException or IOException)
        {
            log.Debug($"could not clear diagnostics of {parameters.Uri}: {ex.Message}");
        }
        finally
        {
            _sendGate.Release();
        }
    }
}
