using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.Intent;

namespace CloseLint.Rules;

/// <summary>
/// CL0009: an ask has two halves, saying the candidate wants this position and asking about next steps. Interest
/// alone leaves the interviewer nothing to answer; a next-steps question alone sounds like polite procedure.
/// Reported on the half that is there, naming the half that is missing.
/// </summary>
public sealed class CL0009HalfAskAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "CL0009";

    /// <summary>The property naming the missing half: <c>interest</c> or <c>next-steps</c>.</summary>
    public const string MissingProperty = "missing";

    internal static readonly DiagnosticDescriptor Rule = new(DiagnosticId,
        title: "Ask with both halves",
        messageFormat: "Half an ask: you {0} but never {1}",
        category: DiagnosticCategories.Structure, defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true, helpLinkUri: HelpLinks.ForRule(DiagnosticId));

    private const string SayInterest = "say you want this job";
    private const string AskNextSteps = "ask about next steps";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var outline = ScriptOutline.Create(context);
        var (present, missing, args) = outline.AskParts switch
        {
            AskParts.Interest => (outline.InterestStatements[0], "next-steps", new object[] { SayInterest, AskNextSteps }),
            AskParts.NextSteps => (outline.NextStepQuestions[0], "interest", new object[] { AskNextSteps, SayInterest }),
            _ => (null, null, []),
        };
        if (present is null) return;
        var properties = ImmutableDictionary<string, string?>.Empty.Add(MissingProperty, missing);
        context.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(context.Document, present.Span), properties, args));
    }
}
