using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using CloseLint.Analysis;
using CloseLint.Intent;
using CloseLint.Speaking;
using CloseLint.Syntax;
using CloseLint.Text;

namespace CloseLint;

/// <summary>
/// The parts of a closing script found from its sentence intents: the summary, the concern questions, the two
/// halves of the ask and the gimmicks. Rules, editor hints and reports all read the script through this, whichever
/// detector labelled the sentences.
/// </summary>
public sealed class ScriptOutline
{
    /// <summary>A line spoken by the interviewer in a dialogue script (<c>THEM:</c>, <c>Interviewer:</c>).</summary>
    private static readonly Regex OtherSpeakerLine = new(
        @"^[ \t>*-]*(them|interviewer|int|q|hiring manager|manager|panel|hr|recruiter|they|hm)[ \t]*:(?<line>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly ConditionalWeakTable<ScriptDocument, ScriptOutline> Shared = new();

    // A sentence's ask halves depend on its text alone. A language server reads the outline after every edit, mostly
    // of sentences the edit did not touch, which carry what was worked out from their text (SetTextValue).
    private static readonly object AskPartsKey = new();
    private static readonly object AskPartsAfterConcernKey = new();

    private readonly ImmutableArray<AskParts> _askParts;

    private ScriptOutline(ScriptDocument document, ImmutableArray<SentenceIntent> intents, ImmutableArray<AskParts> askParts,
        ImmutableArray<SentenceSyntax> summary, ImmutableArray<SentenceSyntax> summaryAfterAsk, ImmutableArray<SentenceSyntax> replies)
    {
        Document = document;
        Intents = intents;
        _askParts = askParts;
        Summary = summary;
        SummaryAfterAsk = summaryAfterAsk;
        Replies = replies;
        ConcernQuestions = Select(document, s => intents[s.Index].Label == IntentLabel.Concern);
        InterestStatements = Select(document, s => (askParts[s.Index] & AskParts.Interest) != 0);
        NextStepQuestions = Select(document, s => (askParts[s.Index] & AskParts.NextSteps) != 0);
        Gimmicks = Select(document, s => intents[s.Index].Label == IntentLabel.Gimmick);
    }

    /// <summary>The document.</summary>
    public ScriptDocument Document { get; }

    /// <summary>One intent per sentence.</summary>
    public ImmutableArray<SentenceIntent> Intents { get; }

    /// <summary>
    /// The summary: the summary sentences before the first concern or next-steps question (all of them when there
    /// is no such question), leaving out replies to a point the interviewer raised.
    /// </summary>
    public ImmutableArray<SentenceSyntax> Summary { get; }

    /// <summary>From the summary's first to its last character, or null when there is no summary.</summary>
    public TextSpan? SummarySpan => Summary.IsEmpty ? null : TextSpan.FromBounds(Summary[0].Span.Start, Summary[^1].Span.End);

    /// <summary>Summary sentences said after the first next-steps question (not replies): a summary in the wrong place.</summary>
    public ImmutableArray<SentenceSyntax> SummaryAfterAsk { get; }

    /// <summary>Sentences that answer a line of the interviewer's in a dialogue script; they are never the summary.</summary>
    public ImmutableArray<SentenceSyntax> Replies { get; }

    /// <summary>Sentences that invite a concern about the candidate.</summary>
    public ImmutableArray<SentenceSyntax> ConcernQuestions { get; }

    /// <summary>Sentences that say the candidate wants this position.</summary>
    public ImmutableArray<SentenceSyntax> InterestStatements { get; }

    /// <summary>Sentences that ask about next steps, the timeline or the decision, or ask to move forward.</summary>
    public ImmutableArray<SentenceSyntax> NextStepQuestions { get; }

    /// <summary>Gimmick sentences.</summary>
    public ImmutableArray<SentenceSyntax> Gimmicks { get; }

    /// <summary>True when there is a concern question.</summary>
    public bool HasConcernQuestion => !ConcernQuestions.IsEmpty;

    /// <summary>Which halves of the ask are there.</summary>
    public AskParts AskParts => (InterestStatements.IsEmpty ? AskParts.None : AskParts.Interest) | (NextStepQuestions.IsEmpty ? AskParts.None : AskParts.NextSteps);

    /// <summary>True when both halves of the ask are there.</summary>
    public bool HasFullAsk => AskParts == AskParts.Both;

    /// <summary>The first concern question, if any.</summary>
    public SentenceSyntax? FirstConcernQuestion => ConcernQuestions.IsEmpty ? null : ConcernQuestions[0];

    /// <summary>The first next-steps question or request, if any.</summary>
    public SentenceSyntax? FirstNextStepQuestion => NextStepQuestions.IsEmpty ? null : NextStepQuestions[0];

    /// <summary>True when the first next-steps question comes before the first concern question.</summary>
    public bool AskBeforeConcern => FirstNextStepQuestion is { } ask && FirstConcernQuestion is { } concern && ask.Index < concern.Index;

    /// <summary>Which halves of the ask <paramref name="sentence"/> holds: an ask's, or what a concern question goes on to ask after the doubt.</summary>
    public AskParts GetAskParts(SentenceSyntax sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return _askParts[sentence.Index];
    }

    /// <summary>Reads the outline of a document from its intents.</summary>
    public static ScriptOutline Create(ScriptDocument document, ImmutableArray<SentenceIntent> intents)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (intents.Length != document.Sentences.Length)
            throw new ArgumentException($"Expected {document.Sentences.Length} intents, one per sentence, but got {intents.Length}.", nameof(intents));

        var askParts = ImmutableArray.CreateBuilder<AskParts>(intents.Length);
        foreach (var sentence in document.Sentences)
            askParts.Add(intents[sentence.Index].Label switch
            {
                IntentLabel.Ask => Remembered(AskPartsKey, sentence, AskPartsOf),
                IntentLabel.Concern => Remembered(AskPartsAfterConcernKey, sentence, LexicalIntentDetector.GetAskPartsAfterConcern),
                _ => AskParts.None,
            });
        var parts = askParts.MoveToImmutable();

        var replies = FindReplies(document);
        var firstQuestion = int.MaxValue;
        var firstNextSteps = int.MaxValue;
        foreach (var sentence in document.Sentences)
        {
            var label = intents[sentence.Index].Label;
            var asksNextSteps = (parts[sentence.Index] & AskParts.NextSteps) != 0;
            if (label == IntentLabel.Concern || asksNextSteps) firstQuestion = Math.Min(firstQuestion, sentence.Index);
            if (asksNextSteps) firstNextSteps = Math.Min(firstNextSteps, sentence.Index);
        }

        var summary = ImmutableArray.CreateBuilder<SentenceSyntax>();
        var late = ImmutableArray.CreateBuilder<SentenceSyntax>();
        foreach (var sentence in document.Sentences)
        {
            if (intents[sentence.Index].Label != IntentLabel.Summary || replies.Contains(sentence)) continue;
            if (sentence.Index < firstQuestion) summary.Add(sentence);
            else if (sentence.Index > firstNextSteps) late.Add(sentence);
        }

        return new ScriptOutline(document, intents, parts, summary.ToImmutable(), late.ToImmutable(), [.. replies.OrderBy(s => s.Index)]);
    }

    /// <summary>
    /// The outline an analyzer sees: built once per analysis and shared by every rule that asks for it (the cache
    /// holds the document weakly and is keyed by the very intents array of this analysis).
    /// </summary>
    public static ScriptOutline Create(DocumentAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return GetShared(context.Document, context.Intents);
    }

    /// <summary>Reads the outline of an analysis result: the same instance its rules used, when they asked for one.</summary>
    public static ScriptOutline Create(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return GetShared(result.Document, result.Intents);
    }

    private static ScriptOutline GetShared(ScriptDocument document, ImmutableArray<SentenceIntent> intents)
    {
        if (Shared.TryGetValue(document, out var cached) && cached.Intents == intents) return cached;
        var outline = Create(document, intents);
        Shared.AddOrUpdate(document, outline);
        return outline;
    }

    /// <summary>Seconds to say the whole script.</summary>
    public double SpeakingSeconds(SpeakingTimeEstimator estimator)
    {
        ArgumentNullException.ThrowIfNull(estimator);
        return estimator.Seconds(Document);
    }

    /// <summary>Seconds to say the summary.</summary>
    public double SummarySeconds(SpeakingTimeEstimator estimator)
    {
        ArgumentNullException.ThrowIfNull(estimator);
        return estimator.Seconds(Summary.AsSpan());
    }

    private static AskParts Remembered(object key, SentenceSyntax sentence, Func<SentenceSyntax, AskParts> read)
    {
        if (sentence.TryGetTextValue<AskParts>(key, out var parts)) return parts;
        parts = read(sentence);
        sentence.SetTextValue(key, parts);
        return parts;
    }

    /// <summary>
    /// The halves of an ask sentence. The words decide when they can ("I'd love to hear about next steps" is next
    /// steps, though no question); an ask whose words name neither half (a model's reading) is next steps when it
    /// is a question and interest otherwise.
    /// </summary>
    private static AskParts AskPartsOf(SentenceSyntax sentence)
    {
        var parts = LexicalIntentDetector.GetAskParts(sentence);
        if (parts != AskParts.None) return parts;
        return sentence.IsQuestion ? AskParts.NextSteps : AskParts.Interest;
    }

    /// <summary>
    /// The paragraphs that come straight after an interviewer's line naming a doubt ("THEM: You haven't worked at a
    /// firm this size."): the candidate answering a point they raised, not summing up.
    /// </summary>
    private static HashSet<SentenceSyntax> FindReplies(ScriptDocument document)
    {
        var replies = new HashSet<SentenceSyntax>();
        var text = document.Text;
        var previousEnd = 0;
        var replyParagraph = -1;
        foreach (var sentence in document.Sentences)
        {
            if (sentence.ParagraphIndex != replyParagraph)
            {
                // An interviewer's line has a colon: a gap without one is not read (or copied) at all.
                var gap = TextSpan.FromBounds(previousEnd, sentence.Span.Start);
                replyParagraph = text.AsSpan(gap).Contains(':') && RaisesDoubt(text.ToString(gap)) ? sentence.ParagraphIndex : -1;
            }

            if (replyParagraph >= 0) replies.Add(sentence);
            previousEnd = sentence.Span.End;
        }

        return replies;
    }

    private static bool RaisesDoubt(string gap)
    {
        foreach (Match line in OtherSpeakerLine.Matches(gap))
            if (ConcernPatterns.NamesDoubt(IntentText.Normalize(line.Groups["line"].Value))) return true;
        return false;
    }

    private static ImmutableArray<SentenceSyntax> Select(ScriptDocument document, Func<SentenceSyntax, bool> predicate) =>
        [.. document.Sentences.Where(predicate)];
}
