using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.CodeFixes;
using CloseLint.Intent;

namespace CloseLint.LanguageServer;

/// <summary>What a language server instance runs with. The defaults are CloseLint's built-in rules and fixes.</summary>
public sealed record LanguageServerOptions
{
    /// <summary>The analyzers to run.</summary>
    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; init; } = BuiltInAnalyzers.All;

    /// <summary>The code fix providers to offer.</summary>
    public ImmutableArray<CodeFixProvider> CodeFixes { get; init; } = BuiltInCodeFixes.All;

    /// <summary>
    /// Reads sentence intents. The lexical detector by default; the host may pass a detector that loads the model in
    /// the background and answers lexically until it is ready.
    /// </summary>
    public ISentenceIntentDetector IntentDetector { get; init; } = LexicalIntentDetector.Instance;

    /// <summary>
    /// Completes when <see cref="IntentDetector"/> starts answering differently (a model finished loading in the
    /// background), with a line for the log; open documents are then analyzed again.
    /// </summary>
    public Task<string>? IntentDetectorChanged { get; init; }

    /// <summary>
    /// How long an edit waits before it is analyzed when the document's previous edit is still being analyzed or
    /// waiting, so that fast typing does not queue analyses. An edit to a document with no analysis under way is
    /// analyzed at once.
    /// </summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(25);

    /// <summary>Analyze a small built-in script at startup so the first real document is answered faster.</summary>
    public bool WarmUp { get; init; } = true;

    /// <summary>How often to check that the client process (from <c>initialize</c>) is still alive.</summary>
    public TimeSpan ClientProcessCheckInterval { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// When the input ends (the client closed the server's stdin), how long requests already read may still take to
    /// be answered before the server exits.
    /// </summary>
    public TimeSpan AnswerTimeoutAfterInputEnds { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Where logs go besides <c>window/logMessage</c>; stderr by default, never stdout.</summary>
    public TextWriter? LogWriter { get; init; }

    /// <summary>The clock for the debounce and logs.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Rule doc pages by id (Markdown, or null); the pages embedded in this assembly by default.</summary>
    public Func<string, string?>? RuleDocumentation { get; init; }
}
