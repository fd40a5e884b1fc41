using System.Collections.Immutable;
using CloseLint.CodeFixes;
using CloseLint.Syntax;

namespace CloseLint.Rules;

/// <summary>
/// Fixes CL0003 by adding a concern question where coaching puts it: in an empty "concern question" section of a
/// worksheet, else right after the summary, else just before the ask, else at the end.
/// </summary>
public sealed class CL0003NoConcernQuestionCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [CL0003NoConcernQuestionAnalyzer.DiagnosticId];

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document;
        var outline = ScriptOutline.Create(context.Result);
        var question = SuggestedLines.ConcernQuestion;
        var concernSection = document.Sections.FirstOrDefault(s => s.Kind == SectionKind.Concern);
        var firstAsk = outline.InterestStatements.Concat(outline.NextStepQuestions).MinBy(s => s.Index);
        var change = concernSection is not null ? ScriptEdits.InsertInSection(document, concernSection, question)
            : outline.SummarySpan is { } summary ? ScriptEdits.InsertAfter(summary.End, question)
            : firstAsk is not null ? ScriptEdits.InsertBefore(firstAsk, question)
            : ScriptEdits.AppendParagraph(document, question);
        context.RegisterCodeFix(CodeAction.Create($"Add a concern question: '{question}'", change, nameof(CL0003NoConcernQuestionCodeFix)));
        return Task.CompletedTask;
    }
}
