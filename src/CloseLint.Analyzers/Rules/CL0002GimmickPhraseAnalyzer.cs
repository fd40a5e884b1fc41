using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.PhraseLists;
using CloseLint.Syntax;
using CloseLint.Text;
using Humanizer;

namespace CloseLint.Rules;

/// <summary>
/// CL0002: a salesy or gimmicky closing move (pressure, an assumptive close, an ultimatum, a guarantee, over-the-top
/// self-praise, sales jargon and the like), found by the gimmick phrase list and reported on the phrase itself. When
/// no phrase matches but the intent detector is sure a sentence is a gimmick, the sentence is reported instead.
/// </summary>
public sealed class CL0002GimmickPhraseAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "CL0002";

    /// <summary>The property holding the list's plain alternative ("" = remove the phrase); absent when there is none.</summary>
    public const string SuggestionProperty = PhraseEdits.SuggestionProperty;

    /// <summary>The property holding the phrase's category (<c>assumptive-close</c>, …, or <c>sentence</c>).</summary>
    public const string CategoryProperty = "category";

    /// <summary>
    /// The option for how sure the intent detector must be before a whole sentence with no listed phrase is reported
    /// (0 to 1; above 1 turns sentence reports off).
    /// </summary>
    public const string SentenceConfidenceKey = "closelint_gimmick_sentence_min_confidence";

    /// <summary>The default for <see cref="SentenceConfidenceKey"/>.</summary>
    public const double DefaultSentenceConfidence = 0.9;

    /// <summary>The category of a whole-sentence report.</summary>
    public const string SentenceCategory = "sentence";

    private const int MaxQuotedSentenceLength = 60;

    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("\"“”");

    internal static readonly DiagnosticDescriptor Rule = new(DiagnosticId,
        title: "Salesy or gimmick phrase",
        messageFormat: "'{0}' comes across as {1}",
        category: DiagnosticCategories.Wording, defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true, helpLinkUri: HelpLinks.ForRule(DiagnosticId));

    private static readonly FrozenDictionary<string, string> CategoryNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["pressure"] = "pressure to decide now",
        ["assumptive-close"] = "an assumptive close",
        ["ultimatum"] = "an ultimatum",
        ["false-urgency"] = "false urgency",
        ["guarantee"] = "a guarantee you cannot back",
        ["self-praise"] = "over-the-top self-praise",
        ["sales-jargon"] = "sales jargon",
        ["trial-close"] = "a sales trial close",
        ["working-for-free"] = "an offer to work for free",
        ["flattery"] = "flattery",
        ["threat"] = "a threat",
        ["pleading"] = "emotional pleading",
        [SentenceCategory] = "a sales gimmick",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.RegisterDocumentAction(ReportListProblems);
        // A sentence's findings depend on its text and intent, the list and the confidence option only.
        context.RegisterSentenceLocalAction(
            options => (PhraseListProvider.ForOptions(options).Gimmicks, options.GetNumber(SentenceConfidenceKey, DefaultSentenceConfidence, 0, double.MaxValue)),
            Analyze);
    }

    /// <summary>How a category reads in a message: "an assumptive close", or the category's own words.</summary>
    public static string DescribeCategory(string category) =>
        CategoryNames.TryGetValue(category, out var name) ? name : category.Replace('-', ' ').Replace('_', ' ').Trim().ToLowerInvariant();

    private static void ReportListProblems(DocumentAnalysisContext context)
    {
        foreach (var problem in PhraseListProvider.ForOptions(context.Options).Gimmicks.Problems) context.ReportConfigurationProblem(problem);
    }

    private static void Analyze(SentenceAnalysisContext context, (PhraseList Gimmicks, double MinConfidence) settings)
    {
        var sentence = context.Sentence;
        var matches = settings.Gimmicks.Matches(sentence);
        var reported = !matches.IsEmpty; // a listed phrase in quotation marks is skipped, not reported as a sentence
        var quotes = matches.IsEmpty ? null : QuotePositions(sentence.Text);
        foreach (var match in matches)
        {
            if (IsQuoted(sentence, match.Span, quotes)) continue;
            var properties = ImmutableDictionary<string, string?>.Empty.Add(CategoryProperty, match.Category);
            if (match.Suggestion is not null) properties = properties.Add(SuggestionProperty, match.Suggestion);
            context.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(context.Document, match.Span), properties,
                match.Text, DescribeCategory(match.Category)));
        }

        var intent = context.Intent;
        if (!reported && intent.Label == IntentLabel.Gimmick && intent.Confidence >= settings.MinConfidence && !sentence.Words.IsEmpty)
        {
            var span = TextSpan.FromBounds(sentence.Words[0].Span.Start, sentence.Words[^1].Span.End);
            var properties = ImmutableDictionary<string, string?>.Empty.Add(CategoryProperty, SentenceCategory);
            context.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(context.Document, span), properties,
                sentence.NormalizedText.Truncate(MaxQuotedSentenceLength, "…"), DescribeCategory(SentenceCategory)));
        }
    }

    // A phrase inside quotation marks is reported speech ("my old manager's motto was "always be closing""), not a move:
    // an odd number of quotation marks before it in the sentence, and at least one after it.
    private static bool IsQuoted(SentenceSyntax sentence, TextSpan span, List<int>? quotes)
    {
        if (quotes is null) return false;
        var start = span.Start - sentence.Span.Start;
        var end = span.End - sentence.Span.Start;
        var before = quotes.Count(q => q < start);
        return before % 2 == 1 && quotes.Any(q => q >= end);
    }

    private static List<int>? QuotePositions(string text)
    {
        List<int>? quotes = null;
        var i = 0;
        while (i < text.Length)
        {
            var next = text.AsSpan(i).IndexOfAny(QuoteMarks);
            if (next < 0) break;
            (quotes ??= []).Add(i + next);
            i += next + 1;
        }

        return quotes;
    }
}
