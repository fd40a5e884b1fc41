using System.Collections.Immutable;
using CloseLint.Syntax;

namespace CloseLint.Analysis;

/// <summary>What one analysis of one document found.</summary>
/// <param name="Document">The document analyzed.</param>
/// <param name="Intents">One intent per sentence.</param>
/// <param name="Diagnostics">Reported diagnostics with their configured severities, in document order.</param>
/// <param name="SuppressedDiagnostics">Diagnostics hidden by inline suppression comments.</param>
public sealed record AnalysisResult(
    ScriptDocument Document,
    ImmutableArray<SentenceIntent> Intents,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<Diagnostic> SuppressedDiagnostics);
