using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.Syntax;

namespace CloseLint.Core.Tests.Analysis;

/// <summary>Reports every word "boom" as CL9990.</summary>
internal sealed class BoomAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("CL9990", "Boom", "'{0}' found", "Test", DiagnosticSeverity.Warning, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(c =>
    {
        foreach (var word in c.Sentence.Words)
            if (word.Text == "boom") c.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(c.Document, word.Span), word.Text));
    });
}

/// <summary>Throws on every document.</summary>
internal sealed class ThrowingAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("CL9991", "Throws", "never", "Test", DiagnosticSeverity.Warning, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(_ => throw new InvalidOperationException("kaput"));
}

/// <summary>Reports on the document only when configured on.</summary>
internal sealed class OptInAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("CL9992", "Opt in", "opted in", "Test", DiagnosticSeverity.Info, isEnabledByDefault: false);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentAction(c => c.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(c.Document, new(0, 0)))));
}

/// <summary>Says every sentence is "other".</summary>
internal sealed class OtherDetector : ISentenceIntentDetector
{
    public string Name => "other";

    public ImmutableArray<SentenceIntent> Classify(ScriptDocument document, CancellationToken cancellationToken = default) =>
        [.. document.Sentences.Select(_ => SentenceIntent.Other)];
}
