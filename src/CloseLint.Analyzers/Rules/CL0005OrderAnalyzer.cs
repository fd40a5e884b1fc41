using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.Text;

namespace CloseLint.Rules;

/// <summary>
/// CL0005: the coaching order is summary, concern question, ask. Asking about next steps before inviting concerns
/// closes the door on answering them; summing up after the ask buries the ask. Reported on the first next-steps
/// question when it comes before the first concern question, and on a summary said after the first next-steps
/// question.
/// </summary>
public sealed class CL0005OrderAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "CL0005";

    internal static readonly DiagnosticDescriptor Rule = new(DiagnosticId,
        title: "Summary, concern question, then ask",
        messageFormat: "{0}",
        category: DiagnosticCategories.Structure, defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true, helpLinkUri: HelpLinks.ForRule(DiagnosticId));

    /// <summary>The message for next steps asked before concerns.</summary>
    public const string AskBeforeConcernMessage = "You ask about next steps before inviting concerns; ask for concerns first so you can answer them";

    /// <summary>The message for a summary after the ask.</summary>
    public const string SummaryAfterAskMessage = "Your summary comes after the ask; sum up first and end on the ask";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var outline = ScriptOutline.Create(context);
        if (outline.AskBeforeConcern && outline.FirstNextStepQuestion is { } ask)
            context.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(context.Document, ask.Span), AskBeforeConcernMessage));

        var late = outline.SummaryAfterAsk;
        if (!late.IsEmpty)
            context.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(context.Document, TextSpan.FromBounds(late[0].Span.Start, late[^1].Span.End)), SummaryAfterAskMessage));
    }
}
