using System.Collections.Immutable;
using CloseLint.Syntax;
using CloseLint.Text;

namespace CloseLint.Analysis;

/// <summary>What a document action sees: the document, every sentence's intent and the options.</summary>
public class DocumentAnalysisContext
{
    private readonly Action<Diagnostic> _report;
    private readonly ImmutableArray<DiagnosticDescriptor> _supported;

    internal DocumentAnalysisContext(ScriptDocument document, ImmutableArray<SentenceIntent> intents, AnalyzerOptions options,
        ImmutableArray<DiagnosticDescriptor> supported, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        Document = document;
        Intents = intents;
        Options = options;
        _supported = supported;
        _report = report;
        CancellationToken = cancellationToken;
    }

    /// <summary>The document.</summary>
    public ScriptDocument Document { get; }

    /// <summary>One intent per sentence, aligned with <see cref="ScriptDocument.Sentences"/>.</summary>
    public ImmutableArray<SentenceIntent> Intents { get; }

    /// <summary>The configuration for this document.</summary>
    public AnalyzerOptions Options { get; }

    /// <summary>Cancels the analysis.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The intent of <paramref name="sentence"/>.</summary>
    public SentenceIntent GetIntent(SentenceSyntax sentence) => Intents[sentence.Index];

    /// <summary>Reports a diagnostic; its descriptor must be one of the analyzer's supported ones.</summary>
    public void ReportDiagnostic(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (!_supported.Contains(diagnostic.Descriptor))
            throw new ArgumentException($"Diagnostic {diagnostic.Id} is not in the analyzer's SupportedDiagnostics.", nameof(diagnostic));
        if (diagnostic.Location.IsInSource && !ReferenceEquals(diagnostic.Location.Text, Document.Text))
            throw new ArgumentException($"Diagnostic {diagnostic.Id} points into another document.", nameof(diagnostic));
        _report(diagnostic);
    }

    /// <summary>
    /// Reports a problem in a file the analyzer reads through <see cref="Options"/> (such as a user's phrase list) as
    /// CL9002 at the document's start, the way the driver reports problems in <c>.editorconfig</c> files.
    /// </summary>
    public void ReportConfigurationProblem(ConfigurationProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        _report(Diagnostic.Create(InternalDiagnostics.ConfigurationProblem, Location.Create(Document, new TextSpan(0, 0)), problem.ToString()));
    }
}
