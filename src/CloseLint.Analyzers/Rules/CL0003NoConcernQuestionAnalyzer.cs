using System.Collections.Immutable;
using CloseLint.Analysis;

namespace CloseLint.Rules;

/// <summary>
/// CL0003: the script should ask whether anything in the candidate's background or fit worries the interviewer,
/// so a doubt can be answered in the room instead of deciding the outcome after the candidate leaves. Reported on the
/// script's first line when no sentence invites a concern about the candidate.
/// </summary>
public sealed class CL0003NoConcernQuestionAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "CL0003";

    internal static readonly DiagnosticDescriptor Rule = new(DiagnosticId,
        title: "Ask a concern question",
        messageFormat: "The script never asks whether anything about your background or fit gives them pause",
        category: DiagnosticCategories.Structure, defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true, helpLinkUri: HelpLinks.ForRule(DiagnosticId));

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        if (ScriptOutline.Create(context).HasConcernQuestion) return;
        context.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(context.Document, ScriptEdits.FirstLine(context.Document))));
    }
}
