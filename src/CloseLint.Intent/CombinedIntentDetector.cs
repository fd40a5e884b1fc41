using System.Collections.Immutable;
using System.Runtime.InteropServices;
using CloseLint.Analysis;
using CloseLint.Syntax;

namespace CloseLint.Intent;

/// <summary>
/// The model and the lexical detector behind one interface. The rule, sentence by sentence:
/// <list type="number">
/// <item>When both agree, that label, with the higher confidence.</item>
/// <item>When the model is sure (confidence at least <see cref="ModelThreshold"/>), the model wins.</item>
/// <item>When the model is unsure and the lexical detector has a strong pattern hit (a label other than
/// <c>other</c> with confidence at least <see cref="LexicalThreshold"/>, which includes its section-heading hints),
/// the lexical detector wins.</item>
/// <item>Otherwise the model wins.</item>
/// </list>
/// So the model decides paraphrases and near-misses, and the hand-written patterns only break its close calls.
/// When the lexical detector can read one sentence at a time (<see cref="ISingleSentenceIntentDetector"/>), it is
/// asked only about the sentences the model is unsure of: where the model is sure its label stands whatever the
/// patterns say, so only the confidence of an agreeing pair is left as the model gave it.
/// </summary>
public sealed class CombinedIntentDetector : ISingleSentenceIntentDetector
{
    /// <summary>The default <see cref="ModelThreshold"/>.</summary>
    public const float DefaultModelThreshold = 0.7f;

    /// <summary>The default <see cref="LexicalThreshold"/>.</summary>
    public const float DefaultLexicalThreshold = 0.85f;

    /// <summary>Combines <paramref name="model"/> with <paramref name="lexical"/>.</summary>
    public CombinedIntentDetector(ISentenceIntentDetector model, ISentenceIntentDetector lexical,
        float modelThreshold = DefaultModelThreshold, float lexicalThreshold = DefaultLexicalThreshold)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        Lexical = lexical ?? throw new ArgumentNullException(nameof(lexical));
        ModelThreshold = modelThreshold;
        LexicalThreshold = lexicalThreshold;
    }

    /// <summary>The model detector.</summary>
    public ISentenceIntentDetector Model { get; }

    /// <summary>The pattern detector.</summary>
    public ISentenceIntentDetector Lexical { get; }

    /// <summary>The model's confidence from which it wins regardless of the patterns.</summary>
    public float ModelThreshold { get; }

    /// <summary>The lexical confidence that counts as a strong pattern hit.</summary>
    public float LexicalThreshold { get; }

    /// <inheritdoc/>
    public string Name => "combined";

    /// <inheritdoc/>
    public ImmutableArray<SentenceIntent> Classify(ScriptDocument document, CancellationToken cancellationToken = default)
    {
        var model = Model.Classify(document, cancellationToken);
        if (Lexical is ISingleSentenceIntentDetector single)
        {
            var combined = new SentenceIntent[model.Length];
            void CombineAt(int i) => combined[i] = model[i].Confidence >= ModelThreshold ? model[i] : Combine(model[i], single.Classify(document, i));
            if (combined.Length < MlIntentDetector.ParallelThreshold)
            {
                for (var i = 0; i < combined.Length; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    CombineAt(i);
                }
            }
            else
            {
                // A long document (a 1 MB paste) reads its unsure sentences on all cores.
                Parallel.For(0, combined.Length, new ParallelOptions { CancellationToken = cancellationToken }, CombineAt);
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(combined);
        }

        var lexical = Lexical.Classify(document, cancellationToken);
        if (model.Length != lexical.Length) throw new InvalidOperationException("The detectors returned different sentence counts.");
        var results = ImmutableArray.CreateBuilder<SentenceIntent>(model.Length);
        for (var i = 0; i < model.Length; i++) results.Add(Combine(model[i], lexical[i]));
        return results.MoveToImmutable();
    }

    /// <inheritdoc/>
    public SentenceIntent Classify(ScriptDocument document, int sentenceIndex)
    {
        var model = Model.ClassifySentence(document, sentenceIndex);
        if (Lexical is ISingleSentenceIntentDetector && model.Confidence >= ModelThreshold) return model; // as Classify(document) does
        return Combine(model, Lexical.ClassifySentence(document, sentenceIndex));
    }

    /// <summary>Applies the rule to one sentence's two readings.</summary>
    public SentenceIntent Combine(SentenceIntent model, SentenceIntent lexical)
    {
        if (model.Label == lexical.Label) return model with { Confidence = MathF.Max(model.Confidence, lexical.Confidence) };
        if (model.Confidence >= ModelThreshold) return model;
        if (lexical.Label != IntentLabel.Other && lexical.Confidence >= LexicalThreshold) return lexical;
        return model;
    }
}
