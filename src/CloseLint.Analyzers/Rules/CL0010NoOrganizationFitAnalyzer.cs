using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.Intent;
using CloseLint.Syntax;

namespace CloseLint.Rules;

/// <summary>
/// CL0010: coaching asks the summary for two things, the candidate's qualifications for the job and why they will
/// be a good fit for the organization (its team, mission, customers or way of working). Reported on the summary
/// when none of its sentences speaks to the place ("your unit", "here", "would suit the families you described").
/// </summary>
public sealed class CL0010NoOrganizationFitAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "CL0010";

    internal static readonly DiagnosticDescriptor Rule = new(DiagnosticId,
        title: "Say why you fit the organization",
        messageFormat: "The summary lists your qualifications but never says why you fit this team or organization",
        category: DiagnosticCategories.Structure, defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true, helpLinkUri: HelpLinks.ForRule(DiagnosticId));

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var outline = ScriptOutline.Create(context);
        if (outline.SummarySpan is not { } span || SummaryPassage(context, outline).Any(OrganizationFit.IsNamedIn)) return;
        context.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(context.Document, span)));
    }

    /// <summary>
    /// The summary and the statements said with it, up to the first question: a fit remark the detector did not
    /// read as summary ("I believe that combination suits the branch's priorities") still answers the rule.
    /// Pleasantries are left out, since "thank you for your time" says nothing about fit.
    /// </summary>
    private static IEnumerable<SentenceSyntax> SummaryPassage(DocumentAnalysisContext context, ScriptOutline outline)
    {
        var end = Math.Min(outline.FirstConcernQuestion?.Index ?? int.MaxValue, outline.FirstNextStepQuestion?.Index ?? int.MaxValue);
        foreach (var sentence in context.Document.Sentences.Skip(outline.Summary[0].Index))
        {
            if (sentence.Index >= end) yield break;
            var label = context.GetIntent(sentence).Label;
            if (label == IntentLabel.Summary || (label == IntentLabel.Other && !sentence.IsQuestion && !OrganizationFit.IsPleasantry(sentence)))
                yield return sentence;
        }
    }
}
