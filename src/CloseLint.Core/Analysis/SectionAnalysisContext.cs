using System.Collections.Immutable;
using CloseLint.Syntax;

namespace CloseLint.Analysis;

/// <summary>What a section action sees: one section, plus the whole document.</summary>
public sealed class SectionAnalysisContext : DocumentAnalysisContext
{
    internal SectionAnalysisContext(SectionSyntax section, ScriptDocument document, ImmutableArray<SentenceIntent> intents,
        AnalyzerOptions options, ImmutableArray<DiagnosticDescriptor> supported, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(document, intents, options, supported, report, cancellationToken)
    {
        Section = section;
    }

    /// <summary>The section.</summary>
    public SectionSyntax Section { get; }
}
