using System.Collections.Immutable;
using CloseLint.Analysis;

namespace CloseLint.Rules;

/// <summary>
/// CL0006: a closing opens with a short summary of the candidate's qualifications and fit, so the questions that
/// follow rest on it. Reported on the script's first line when no summary comes before the first concern or
/// next-steps question. A summary said only after the ask is CL0005's finding, not this one.
/// </summary>
public sealed class CL0006NoSummaryAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "CL0006";

    internal static readonly DiagnosticDescriptor Rule = new(DiagnosticId,
        title: "Summarize before the questions",
        messageFormat: "No summary of your qualifications and fit before your questions",
        category: DiagnosticCategories.Structure, defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true, helpLinkUri: HelpLinks.ForRule(DiagnosticId));

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var outline = ScriptOutline.Create(context);
        if (!outline.Summary.IsEmpty || !outline.SummaryAfterAsk.IsEmpty) return;
        context.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(context.Document, ScriptEdits.FirstLine(context.Document))));
    }
}
