using System.Collections.Immutable;
using CloseLint.Syntax;

namespace CloseLint.Analysis;

/// <summary>What a sentence action sees: one sentence and its intent, plus the whole document.</summary>
public sealed class SentenceAnalysisContext : DocumentAnalysisContext
{
    internal SentenceAnalysisContext(SentenceSyntax sentence, ScriptDocument document, ImmutableArray<SentenceIntent> intents,
        AnalyzerOptions options, ImmutableArray<DiagnosticDescriptor> supported, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(document, intents, options, supported, report, cancellationToken)
    {
        Sentence = sentence;
    }

    /// <summary>The sentence.</summary>
    public SentenceSyntax Sentence { get; }

    /// <summary>The sentence's intent.</summary>
    public SentenceIntent Intent => Intents[Sentence.Index];

    /// <summary>The section the sentence is in.</summary>
    public SectionSyntax Section => Document.Sections[Sentence.SectionIndex];
}
