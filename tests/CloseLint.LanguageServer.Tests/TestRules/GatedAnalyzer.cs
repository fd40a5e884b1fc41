using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.LanguageServer.Tests.Infrastructure;

namespace CloseLint.LanguageServer.Tests.TestRules;

/// <summary>
/// A test rule that reports nothing and holds each analysis until <see cref="Release"/>, ignoring cancellation, so a
/// test can keep an analysis in flight for as long as it needs.
/// </summary>
public sealed class GatedAnalyzer : DiagnosticAnalyzer, IDisposable
{
    private static readonly DiagnosticDescriptor Rule = new("TL0002", title: "Gate", messageFormat: "gate",
        category: DiagnosticCategories.Wording, defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        helpLinkUri: HelpLinks.ForRule("TL0002"), description: "Holds analyses.");

    private readonly ManualResetEventSlim _open = new();
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <summary>Completes when the first analysis reaches the gate.</summary>
    public Task Entered => _entered.Task;

    public void Release() => _open.Set();

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(_ =>
    {
        _entered.TrySetResult();
        _open.Wait(TestLspClient.Timeout);
    });

    public void Dispose() => _open.Dispose();
}
