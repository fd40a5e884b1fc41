using System.Collections.Immutable;
using System.Globalization;
using CloseLint.Analysis;

namespace CloseLint.Rules;

/// <summary>
/// CL0007: the textbook concern question or next-steps question, copied word for word or nearly so (see
/// <see cref="TextbookLines"/> for the measure). Interviewers hear these lines all day; in the candidate's own words
/// the same question sounds like a person, not a script.
/// </summary>
public sealed class CL0007TextbookWordingAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "CL0007";

    /// <summary>The option for how similar to a textbook line a sentence must be to be reported (0 to 1).</summary>
    public const string SimilarityKey = "closelint_textbook_min_similarity";

    /// <summary>
    /// The default for <see cref="SimilarityKey"/>: 70% of the line's words, in order. It allows three dropped, added
    /// or changed words against the eleven-word next-steps line and five against the nineteen-word concern line, while
    /// "What are the next steps from here?" (0.64) passes.
    /// </summary>
    public const double DefaultSimilarity = 0.7;

    internal static readonly DiagnosticDescriptor Rule = new(DiagnosticId,
        title: "Textbook wording",
        messageFormat: "Textbook {0}, {1}; say it in your own words",
        category: DiagnosticCategories.Wording, defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true, helpLinkUri: HelpLinks.ForRule(DiagnosticId));

    private static readonly ImmutableArray<string> LineNames = ["concern question", "next-steps question"];

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) =>
        context.RegisterSentenceLocalAction(options => options.GetNumber(SimilarityKey, DefaultSimilarity, 0.01, 1), Analyze);

    private static void Analyze(SentenceAnalysisContext context, double threshold)
    {
        var sentence = context.Sentence;
        if (TextbookLines.Closest(sentence.Text, sentence.Span.Start) is not { } match || match.Similarity < threshold) return;
        var howClose = match.IsVerbatim
            ? "word for word"
            : string.Create(CultureInfo.InvariantCulture, $"nearly word for word ({(int)Math.Round(match.Similarity * 100)}% the same)");
        context.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(context.Document, match.Span), LineNames[match.Line], howClose));
    }
}
