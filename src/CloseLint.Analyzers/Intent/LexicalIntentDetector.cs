using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CloseLint.Analysis;
using CloseLint.PhraseLists;
using CloseLint.Syntax;

namespace CloseLint.Intent;

/// <summary>
/// Reads sentence intents from careful word patterns and section headings, so every rule works without a model.
/// Precedence follows the coaching labels: gimmick, then concern question, then ask, then summary, then other.
/// A heading such as "## My concern question" only decides a sentence the patterns leave open.
/// </summary>
public sealed class LexicalIntentDetector : ISingleSentenceIntentDetector
{
    private static readonly Regex LooseAskStatement = IntentText.Pattern(
        @"\b(love|want|excited|keen|interested|thrilled|delighted|eager|enthusiastic|hope|hoping|happy|glad|honou?red|ready)\b");

    private static readonly Regex LooseNextStepsQuestion = IntentText.Pattern(
        @"\b(next|when|timeline|timing|process|hear|decision|decide|step|steps|forward|follow)\b");

    /// <summary>The shared instance (the detector is stateless).</summary>
    public static LexicalIntentDetector Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "lexical";

    /// <inheritdoc/>
    public ImmutableArray<SentenceIntent> Classify(ScriptDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var intents = ImmutableArray.CreateBuilder<SentenceIntent>(document.Sentences.Length);
        for (var i = 0; i < document.Sentences.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            intents.Add(Classify(document, i));
        }

        return intents.MoveToImmutable();
    }

    /// <inheritdoc/>
    public SentenceIntent Classify(ScriptDocument document, int sentenceIndex)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentence = document.Sentences[sentenceIndex];
        return Classify(sentence.Text, sentence.IsQuestion, document.Sections[sentence.SectionIndex].Kind);
    }

    /// <summary>Classifies one sentence on its own, optionally under a heading of kind <paramref name="section"/>.</summary>
    public SentenceIntent Classify(string sentence, SectionKind section = SectionKind.Unknown)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Classify(sentence, sentence.AsSpan().TrimEnd(" \"'”’)]*_").EndsWith("?"), section);
    }

    /// <summary>Which halves of the ask <paramref name="sentence"/> holds, read from its words alone.</summary>
    public static AskParts GetAskParts(SentenceSyntax sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return AskPatterns.Parts(IntentText.Normalize(sentence.Text), sentence.IsQuestion);
    }

    /// <summary>
    /// The ask halves said after the concern question in the same sentence, as in an unpunctuated run-on ("…any
    /// concern for you i really want this job whats the next step"): the words after the last doubt.
    /// </summary>
    public static AskParts GetAskPartsAfterConcern(SentenceSyntax sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = IntentText.Normalize(sentence.Text);
        var end = ConcernPatterns.LastDoubtEnd(text);
        if (end < 0) return AskParts.None;
        var tail = text[end..].TrimStart(' ', ',', ';', ':', '-', '?', '.', '!');
        return tail.Count(c => c == ' ') < 3 ? AskParts.None : AskPatterns.Parts(tail, sentence.IsQuestion);
    }

    private static SentenceIntent Classify(string raw, bool isQuestion, SectionKind section)
    {
        var text = IntentText.Normalize(raw);
        if (text.Length == 0) return SentenceIntent.Other;
        var head = raw.Length > IntentText.MaxLength ? raw[..IntentText.MaxLength] : raw;
        if (BuiltInPhraseLists.Gimmicks.IsMatch(head)) return new SentenceIntent(IntentLabel.Gimmick, 0.9f);
        if (ConcernPatterns.IsConcern(text, isQuestion, out var strong)) return new SentenceIntent(IntentLabel.Concern, strong ? 0.9f : 0.8f);
        var parts = AskPatterns.Parts(text, isQuestion);
        if (parts != AskParts.None) return new SentenceIntent(IntentLabel.Ask, parts == AskParts.Both ? 0.9f : 0.85f);

        switch (section)
        {
            case SectionKind.Concern when ConcernPatterns.IsLooseConcern(text, isQuestion):
                return new SentenceIntent(IntentLabel.Concern, 0.6f);
            case SectionKind.Ask when isQuestion ? LooseNextStepsQuestion.IsMatch(text) : LooseAskStatement.IsMatch(text):
                return new SentenceIntent(IntentLabel.Ask, 0.6f);
        }

        if (!isQuestion)
        {
            var strength = SummaryPatterns.Strength(text);
            if (strength == 2) return new SentenceIntent(IntentLabel.Summary, 0.85f);
            if (strength == 1) return new SentenceIntent(IntentLabel.Summary, section == SectionKind.Summary ? 0.85f : 0.7f);
            if (section == SectionKind.Summary && !SummaryPatterns.IsClearlyNotSummary(text) && text.Count(c => c == ' ') >= 3)
                return new SentenceIntent(IntentLabel.Summary, 0.6f);
        }

        return new SentenceIntent(IntentLabel.Other, isQuestion ? 0.6f : 0.7f);
    }
}
