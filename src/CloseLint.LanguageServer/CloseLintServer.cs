using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using CloseLint.Analysis;
using CloseLint.CodeFixes;
using CloseLint.LanguageServer.Configuration;
using CloseLint.LanguageServer.Diagnostics;
using CloseLint.LanguageServer.Documents;
using CloseLint.LanguageServer.Features;
using CloseLint.LanguageServer.Protocol;
using StreamJsonRpc;

namespace CloseLint.LanguageServer;

/// <summary>
/// The LSP methods. Handlers stay thin: they check the lifecycle, convert, and call the services. Document changes
/// finish before the first <c>await</c>, so they apply in the order they arrived.
/// </summary>
internal sealed class CloseLintServer
{
    private readonly LanguageServerOptions _options;
    private readonly ServerLog _log;
    private readonly ILanguageClient _client;
    private readonly DocumentStore _documents = new();
    private readonly ServerSettings _settings = new();
    private readonly DiagnosticService _diagnostics;
    private readonly DiagnosticPublisher _publisher;
    private readonly HoverProvider _hover;
    private readonly CodeActionProvider _codeActions;
    private ProtocolConversions _conversions = ProtocolConversions.Utf16;
    private InitializeParams? _initializeParameters;
    private bool _pullDiagnostics;
    private WorkspaceEditSupport _editSupport = new(false, false);

    public CloseLintServer(LanguageServerOptions options, ILanguageClient client, ServerLog log)
    {
        _options = options;
        _client = client;
        _log = log;
        var driver = new AnalyzerDriver(options.Analyzers, new CachingIntentDetector(options.IntentDetector), new SentenceResultCache());
        _diagnostics = new DiagnosticService(driver, _documents, _settings, log);
        _diagnostics.AnalysisCompleted += SendScriptStats;
        _publisher = new DiagnosticPublisher(_diagnostics, _documents, client, () => _conversions, options.Debounce, options.TimeProvider, log);
        _hover = new HoverProvider(options.RuleDocumentation is { } pages ? new RuleDocumentation(pages) : new RuleDocumentation());
        _codeActions = new CodeActionProvider(new CodeFixService(options.CodeFixes), new EditorConfigEditor(_settings, () => _conversions));
        options.IntentDetectorChanged?.ContinueWith(change =>
        {
            _log.Info($"{change.Result}; intents now from '{options.IntentDetector.Name}'");
            if (!Lifetime.IsRunning) return;
            _settings.Touch();
            AnalyzeAgain();
        }, CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }

    public ServerLifetime Lifetime { get; } = new();

    internal DocumentStore Documents => _documents;

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams parameters)
    {
        Lifetime.Initialize();
        _initializeParameters = parameters;
        var capabilities = parameters.Capabilities;
        var utf8 = capabilities?.General?.PositionEncodings is { IsDefault: false } encodings && encodings.Contains("utf-8");
        _conversions = utf8 ? new ProtocolConversions(PositionEncodingKind.Utf8) : ProtocolConversions.Utf16;
        _pullDiagnostics = capabilities?.TextDocument?.Diagnostic is { ValueKind: JsonValueKind.Object };
        var edits = capabilities?.Workspace?.WorkspaceEdit;
        _editSupport = new WorkspaceEditSupport(edits?.DocumentChanges == true, edits?.ResourceOperations is { IsDefault: false } operations && operations.Contains("create"));
        _settings.WorkspaceRoot = WorkspaceRoot(parameters);
        if (parameters.ProcessId is int processId && processId > 0)
            Lifetime.WatchClientProcess(processId, _options.ClientProcessCheckInterval, _options.TimeProvider, _log);
        _log.Info($"initialized for {parameters.ClientInfo?.Name ?? "an unnamed client"}: {_conversions.EncodingName} positions, {(_pullDiagnostics ? "pull" : "push")} diagnostics, {_options.IntentDetector.Name} intents");

        return new InitializeResult(
            new ServerCapabilities
            {
                PositionEncoding = _conversions.EncodingName,
                TextDocumentSync = new TextDocumentSyncOptions(OpenClose: true, Change: 2, new SaveOptions(IncludeText: false)),
                CodeActionProvider = new CodeActionOptions([LspNames.QuickFix]),
                CodeLensProvider = new CodeLensOptions(ResolveProvider: false),
                DiagnosticProvider = _pullDiagnostics ? new DiagnosticOptions(LspNames.Source, InterFileDependencies: false, WorkspaceDiagnostics: false) : null,
            },
            new ServerInfo("closelint", typeof(CloseLintServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion));
    }

    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public void Initialized(JsonElement? parameters = null)
    {
        if (!Lifetime.IsRunning) return;
        if (_initializeParameters?.Capabilities?.Workspace?.Configuration == true) _ = RefreshSettingsAsync(null);
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        Lifetime.Shutdown();
        _diagnostics.InvalidateAll();
        _log.Info("shutdown");
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => Lifetime.Exit();

    [JsonRpcMethod("$/setTrace", UseSingleObjectParameterDeserialization = true)]
    public void SetTrace(SetTraceParams parameters) => _log.Debug($"trace set to {parameters.Value}");

    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams parameters)
    {
        if (!Lifetime.IsRunning) return;
        var snapshot = _documents.Open(parameters.TextDocument);
        _diagnostics.Invalidate(snapshot.Uri);
        if (!_pullDiagnostics) _publisher.Schedule(snapshot.Uri, immediately: true);
    }

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams parameters)
    {
        if (!Lifetime.IsRunning) return;
        var uri = parameters.TextDocument.Uri;
        if (!_documents.TryGet(uri, out var current))
        {
            _log.Warning($"didChange for {uri}, which is not open; ignored");
            return;
        }

        var version = parameters.TextDocument.Version ?? current.Version + 1;
        if (version <= current.Version) _log.Warning($"didChange for {uri} has version {version}, not after {current.Version}");
        try
        {
            _documents.Change(current, version, parameters.ContentChanges.IsDefault ? [] : parameters.ContentChanges, _conversions);
        }
        catch (ArgumentException ex)
        {
            _log.Error($"could not apply a change to {uri}: {ex.Message}");
            return;
        }

        _diagnostics.Invalidate(uri);
        if (!_pullDiagnostics) _publisher.Schedule(uri, immediately: false);
    }

    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(DidSaveTextDocumentParams parameters)
    {
        if (!Lifetime.IsRunning || !_documents.TryGet(parameters.TextDocument.Uri, out _)) return;
        // A save may come with a changed .editorconfig on disk; the cache checks file stamps, so analyze again.
        _diagnostics.Invalidate(parameters.TextDocument.Uri);
        if (!_pullDiagnostics) _publisher.Schedule(parameters.TextDocument.Uri, immediately: true);
    }

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseTextDocumentParams parameters)
    {
        if (!Lifetime.IsRunning) return;
        var uri = parameters.TextDocument.Uri;
        _documents.Close(uri);
        _diagnostics.Invalidate(uri);
        if (!_pullDiagnostics) _ = _publisher.ClearAsync(uri);
    }

    [JsonRpcMethod("textDocument/diagnostic", UseSingleObjectParameterDeserialization = true)]
    public async Task<DocumentDiagnosticReport> DocumentDiagnosticAsync(DocumentDiagnosticParams parameters, CancellationToken cancellationToken)
    {
        Lifetime.EnsureServing();
        var analysis = await _diagnostics.GetAnalysisAsync(parameters.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        if (analysis is null) return new DocumentDiagnosticReport("full", null, []);
        return parameters.PreviousResultId == analysis.ResultId
            ? new DocumentDiagnosticReport("unchanged", analysis.ResultId, null)
            : new DocumentDiagnosticReport("full", analysis.ResultId, _conversions.GetDiagnostics(analysis.Result.Diagnostics));
    }

    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public async Task<ImmutableArray<LspCodeAction>> CodeActionAsync(CodeActionParams parameters, CancellationToken cancellationToken)
    {
        Lifetime.EnsureServing();
        var analysis = await _diagnostics.GetAnalysisAsync(parameters.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        return analysis is null ? [] : await _codeActions.GetActionsAsync(analysis, parameters, _conversions, _editSupport, cancellationToken).ConfigureAwait(false);
    }

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public async Task<Hover?> HoverAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
    {
        Lifetime.EnsureServing();
        var analysis = await _diagnostics.GetAnalysisAsync(parameters.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        return analysis is null ? null : _hover.GetHover(analysis, parameters.Position, _conversions);
    }

    [JsonRpcMethod("textDocument/inlayHint", UseSingleObjectParameterDeserialization = true)]
    public async Task<ImmutableArray<InlayHint>> InlayHintAsync(TextDocumentRangeParams parameters, CancellationToken cancellationToken)
    {
        Lifetime.EnsureServing();
        var analysis = await _diagnostics.GetAnalysisAsync(parameters.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        return analysis is null ? [] : InlayHintProvider.GetHints(analysis, parameters.Range, _conversions);
    }

    [JsonRpcMethod("textDocument/codeLens", UseSingleObjectParameterDeserialization = true)]
    public async Task<ImmutableArray<CodeLens>> CodeLensAsync(TextDocumentParams parameters, CancellationToken cancellationToken)
    {
        Lifetime.EnsureServing();
        var analysis = await _diagnostics.GetAnalysisAsync(parameters.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        return analysis is null ? [] : CodeLensProvider.GetLenses(analysis);
    }

    [JsonRpcMethod("workspace/didChangeConfiguration", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeConfiguration(DidChangeConfigurationParams parameters)
    {
        if (!Lifetime.IsRunning) return;
        var pushed = parameters.Settings is { ValueKind: JsonValueKind.Object } settings && settings.TryGetProperty(LspNames.SettingsSection, out var section) ? section : (JsonElement?)null;
        _ = RefreshSettingsAsync(_initializeParameters?.Capabilities?.Workspace?.Configuration == true ? null : pushed ?? parameters.Settings);
    }

    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters)
    {
        if (!Lifetime.IsRunning) return;
        _settings.Touch();
        AnalyzeAgain();
    }

    /// <summary>Reads settings (from <paramref name="pushed"/>, or by asking the client) and analyzes open documents again.</summary>
    private async Task RefreshSettingsAsync(JsonElement? pushed)
    {
        try
        {
            var element = pushed;
            if (element is null)
            {
                var answer = await _client.RequestAsync<JsonElement>("workspace/configuration",
                    new ConfigurationParams([new ConfigurationItem(null, LspNames.SettingsSection)]), CancellationToken.None).ConfigureAwait(false);
                element = answer.ValueKind == JsonValueKind.Array && answer.GetArrayLength() > 0 ? answer[0] : null;
            }

            var problems = new List<string>();
            var settings = ClientSettings.Parse(element, problems);
            foreach (var problem in problems) _log.Warning("settings: " + problem);
            if (settings == _settings.Current) return;
            _settings.Update(settings);
            AnalyzeAgain();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _log.Warning($"could not read the client's settings: {ex.Message}");
        }
    }

    private void AnalyzeAgain()
    {
        _diagnostics.InvalidateAll();
        if (!_pullDiagnostics) _publisher.ScheduleAll();
        var workspace = _initializeParameters?.Capabilities?.Workspace;
        if (_pullDiagnostics && workspace?.Diagnostics?.RefreshSupport == true) Refresh("workspace/diagnostic/refresh");
        if (workspace?.InlayHint?.RefreshSupport == true) Refresh("workspace/inlayHint/refresh");
        if (workspace?.CodeLens?.RefreshSupport == true) Refresh("workspace/codeLens/refresh");
    }

    private void Refresh(string method) =>
        _ = _client.RequestAsync<JsonElement?>(method, null, CancellationToken.None).ContinueWith(
            t => _log.Debug($"{method} failed: {t.Exception?.GetBaseException().Message}"), CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

    // Off the analysis's own path, so the diagnostics do not wait for the figures; figures of a version already edited
    // again are not sent.
    private void SendScriptStats(DocumentAnalysis analysis) => _ = Task.Run(() =>
    {
        if (_documents.Get(analysis.Snapshot.Uri)?.Version != analysis.Snapshot.Version) return Task.CompletedTask;
        var figures = ScriptFigures.From(analysis);
        return _client.NotifyAsync(LspNames.ScriptStatsMethod, new ScriptStatsParams(analysis.Snapshot.Uri, analysis.Snapshot.Version,
            Math.Round(figures.SpeakingSeconds, 1), Math.Round(figures.SummarySeconds, 1), figures.HasConcern, figures.HasAsk));
    }).ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

    /// <summary>
    /// Runs the analyzers once on a small script, on a thread of its own, while the rest of the server and the client
    /// are still starting, so that the first real document does not pay for compiling patterns and methods. Started
    /// before the JSON-RPC connection is built, which takes the main thread ~150 ms; not on the thread pool, which
    /// the connection needs (on two cores a pool thread busy warming up kept 'initialize' waiting for it).
    /// </summary>
    internal static void StartWarmUp(LanguageServerOptions options, ServerLog log)
    {
        _ = Task.Factory.StartNew(() =>
        {
            try
            {
                const string script = "# Summary\nI led a team of nine and cut costs by a third.\n\n# Close\nIs there anything that gives you pause about my fit? I want this role. What are the next steps?\n";
                var started = options.TimeProvider.GetTimestamp();
                new AnalyzerDriver(options.Analyzers, options.IntentDetector).Analyze(Syntax.ScriptDocument.Parse(script, "warm-up.md"), AnalyzerOptions.Empty);
                log.Debug($"warmed up in {options.TimeProvider.GetElapsedTime(started).TotalMilliseconds:0} ms");
            }
            catch (Exception ex)
            {
                log.Debug($"warm-up failed: {ex.Message}");
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    private static string? WorkspaceRoot(InitializeParams parameters)
    {
        if (parameters.WorkspaceFolders is { IsDefaultOrEmpty: false } folders && DocumentUris.ToFilePath(folders[0].Uri) is { } folder) return folder;
        return DocumentUris.ToFilePath(parameters.RootUri) ?? (string.IsNullOrEmpty(parameters.RootPath) ? null : parameters.RootPath);
    }
}
