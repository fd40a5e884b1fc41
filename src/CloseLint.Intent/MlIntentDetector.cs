using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.Syntax;

namespace CloseLint.Intent;

/// <summary>
/// Classifies every sentence of a document with the trained <see cref="IntentModel"/>, in one pass with one scratch
/// buffer per call. Thread-safe: the model is read-only and each call has its own buffers.
/// </summary>
public sealed class MlIntentDetector : ISentenceIntentDetector
{
    /// <summary>Wraps a loaded model.</summary>
    public MlIntentDetector(IntentModel model) => Model = model ?? throw new ArgumentNullException(nameof(model));

    /// <summary>The model.</summary>
    public IntentModel Model { get; }

    /// <inheritdoc/>
    public string Name => "model";

    /// <summary>Loads the model built into CloseLint.</summary>
    /// <exception cref="IntentModelLoadException">The build carries no model, or it is corrupt.</exception>
    public static MlIntentDetector LoadEmbedded() => new(IntentModel.LoadEmbedded());

    /// <inheritdoc/>
    public ImmutableArray<SentenceIntent> Classify(ScriptDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Classify(document.Sentences.Select(s => s.NormalizedText), document.Sentences.Length, cancellationToken);
    }

    /// <summary>Classifies a batch of sentences, one intent each, in order.</summary>
    public ImmutableArray<SentenceIntent> Classify(IReadOnlyList<string> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return Classify(sentences, sentences.Count, cancellationToken);
    }

    private ImmutableArray<SentenceIntent> Classify(IEnumerable<string> sentences, int count, CancellationToken cancellationToken)
    {
        var results = ImmutableArray.CreateBuilder<SentenceIntent>(count);
        var buffer = new FeatureBuffer();
        Span<float> probabilities = stackalloc float[Model.Classes.Length];
        foreach (var sentence in sentences)
        {
            if ((results.Count & 63) == 0) cancellationToken.ThrowIfCancellationRequested();
            results.Add(Model.Predict(sentence, buffer, probabilities));
        }

        return results.MoveToImmutable();
    }
}
