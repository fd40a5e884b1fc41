using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.PhraseLists;

namespace CloseLint.Rules;

/// <summary>
/// CL0008: an ask or a concern question should not be hedged or apologetic ("sorry to ask, but", "I was just
/// wondering if maybe", "if it's not too much trouble"). Reported on the hedge, found by the hedge phrase list.
/// </summary>
public sealed class CL0008HedgedAskAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "CL0008";

    /// <summary>The property holding the replacement ("" = remove the hedge); absent when the list offers none.</summary>
    public const string SuggestionProperty = PhraseEdits.SuggestionProperty;

    internal static readonly DiagnosticDescriptor Rule = new(DiagnosticId,
        title: "Ask without hedging",
        messageFormat: "'{0}' undercuts your {1}",
        category: DiagnosticCategories.Wording, defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true, helpLinkUri: HelpLinks.ForRule(DiagnosticId));

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.RegisterDocumentAction(ReportListProblems);
        // A sentence's findings depend on its text and intent and the hedge list only.
        context.RegisterSentenceLocalAction(options => PhraseListProvider.ForOptions(options).Hedges, Analyze);
    }

    private static void ReportListProblems(DocumentAnalysisContext context)
    {
        foreach (var problem in PhraseListProvider.ForOptions(context.Options).Hedges.Problems) context.ReportConfigurationProblem(problem);
    }

    private static void Analyze(SentenceAnalysisContext context, PhraseList hedges)
    {
        var label = context.Intent.Label;
        if (label is not (IntentLabel.Ask or IntentLabel.Concern)) return;
        var undercut = label == IntentLabel.Ask ? "ask" : "question";
        foreach (var hedge in hedges.Matches(context.Sentence))
        {
            var properties = hedge.Suggestion is null
                ? ImmutableDictionary<string, string?>.Empty
                : ImmutableDictionary<string, string?>.Empty.Add(SuggestionProperty, hedge.Suggestion);
            context.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(context.Document, hedge.Span), properties, hedge.Text, undercut));
        }
    }
}
