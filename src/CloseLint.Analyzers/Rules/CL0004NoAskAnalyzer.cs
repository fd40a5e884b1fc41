using System.Collections.Immutable;
using CloseLint.Analysis;

namespace CloseLint.Rules;

/// <summary>
/// CL0004: the script should ask for the job: say the candidate wants this position and ask what happens next.
/// Interviewers remember the candidate who asked. Reported on the script's first line when neither half is there
/// (CL0009 covers a script with one half).
/// </summary>
public sealed class CL0004NoAskAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "CL0004";

    internal static readonly DiagnosticDescriptor Rule = new(DiagnosticId,
        title: "Ask for the job",
        messageFormat: "The script never says you want this job or asks about next steps",
        category: DiagnosticCategories.Structure, defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true, helpLinkUri: HelpLinks.ForRule(DiagnosticId));

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        if (ScriptOutline.Create(context).AskParts != Intent.AskParts.None) return;
        context.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(context.Document, ScriptEdits.FirstLine(context.Document))));
    }
}
