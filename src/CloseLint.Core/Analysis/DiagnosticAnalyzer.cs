using System.Collections.Immutable;

namespace CloseLint.Analysis;

/// <summary>
/// A rule (or a few related rules). Analyzers are stateless, have a parameterless constructor, and are safe to run
/// on many documents at once: <see cref="Initialize"/> runs once and registers the actions the driver calls.
/// </summary>
public abstract class DiagnosticAnalyzer
{
    /// <summary>Every descriptor the analyzer may report.</summary>
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Registers sentence, section and document actions.</summary>
    public abstract void Initialize(AnalysisContext context);

    /// <inheritdoc/>
    public override string ToString() => GetType().Name;
}
