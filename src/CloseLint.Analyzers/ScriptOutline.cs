using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.Intent;
using CloseLint.Speaking;
using CloseLint.Syntax;
using CloseLint.Text;

namespace CloseLint;

/// <summary>
/// The parts of a closing script found from its sentence intents: the summary, the concern questions, the two
/// halves of the ask and the gimmicks. Rules, editor hints and reports all read the script through this.
/// </summary>
public sealed class ScriptOutline
{
    private ScriptOutline(ScriptDocument document, ImmutableArray<SentenceIntent> intents, ImmutableArray<SentenceSyntax> summary,
        ImmutableArray<SentenceSyntax> concerns, ImmutableArray<SentenceSyntax> interest, ImmutableArray<SentenceSyntax> nextSteps,
        ImmutableArray<SentenceSyntax> gimmicks)
    {
        Document = document;
        Intents = intents;
        Summary = summary;
        ConcernQuestions = concerns;
        InterestStatements = interest;
        NextStepQuestions = nextSteps;
        Gimmicks = gimmicks;
    }

    /// <summary>The document.</summary>
    public ScriptDocument Document { get; }

    /// <summary>One intent per sentence.</summary>
    public ImmutableArray<SentenceIntent> Intents { get; }

    /// <summary>The summary: the run of summary sentences (or the summary section) before the first question.</summary>
    public ImmutableArray<SentenceSyntax> Summary { get; }

    /// <summary>From the summary's first to its last character, or null when there is no summary.</summary>
    public TextSpan? SummarySpan => Summary.IsEmpty ? null : TextSpan.FromBounds(Summary[0].Span.Start, Summary[^1].Span.End);

    /// <summary>Sentences that invite a concern about the candidate.</summary>
    public ImmutableArray<SentenceSyntax> ConcernQuestions { get; }

    /// <summary>Sentences that say the candidate wants this position.</summary>
    public ImmutableArray<SentenceSyntax> InterestStatements { get; }

    /// <summary>Sentences that ask about next steps, the timeline or the decision.</summary>
    public ImmutableArray<SentenceSyntax> NextStepQuestions { get; }

    /// <summary>Gimmick sentences.</summary>
    public ImmutableArray<SentenceSyntax> Gimmicks { get; }

    /// <summary>True when there is a concern question.</summary>
    public bool HasConcernQuestion => !ConcernQuestions.IsEmpty;

    /// <summary>Which halves of the ask are there.</summary>
    public AskParts AskParts => (InterestStatements.IsEmpty ? AskParts.None : AskParts.Interest) | (NextStepQuestions.IsEmpty ? AskParts.None : AskParts.NextSteps);

    /// <summary>True when both halves of the ask are there.</summary>
    public bool HasFullAsk => AskParts == AskParts.Both;

    /// <summary>Reads the outline of a document from its intents.</summary>
    public static ScriptOutline Create(ScriptDocument document, ImmutableArray<SentenceIntent> intents)
    {
        var summary = ImmutableArray.CreateBuilder<SentenceSyntax>();
        var concerns = ImmutableArray.CreateBuilder<SentenceSyntax>();
        var interest = ImmutableArray.CreateBuilder<SentenceSyntax>();
        var nextSteps = ImmutableArray.CreateBuilder<SentenceSyntax>();
        var gimmicks = ImmutableArray.CreateBuilder<SentenceSyntax>();
        var seenQuestion = false;
        foreach (var sentence in document.Sentences)
        {
            switch (intents[sentence.Index].Label)
            {
                case IntentLabel.Summary when !seenQuestion:
                    summary.Add(sentence);
                    break;
                case IntentLabel.Concern:
                    concerns.Add(sentence);
                    seenQuestion = true;
                    break;
                case IntentLabel.Ask:
                    if (sentence.IsQuestion) nextSteps.Add(sentence);
                    else interest.Add(sentence);
                    seenQuestion |= sentence.IsQuestion;
                    break;
                case IntentLabel.Gimmick:
                    gimmicks.Add(sentence);
                    break;
            }
        }

        return new ScriptOutline(document, intents, summary.ToImmutable(), concerns.ToImmutable(), interest.ToImmutable(),
            nextSteps.ToImmutable(), gimmicks.ToImmutable());
    }

    /// <summary>Reads the outline of an analysis result.</summary>
    public static ScriptOutline Create(AnalysisResult result) => Create(result.Document, result.Intents);

    /// <summary>Seconds to say the whole script.</summary>
    public double SpeakingSeconds(SpeakingTimeEstimator estimator) => estimator.Seconds(Document);

    /// <summary>Seconds to say the summary.</summary>
    public double SummarySeconds(SpeakingTimeEstimator estimator) => estimator.Seconds(Summary);
}
