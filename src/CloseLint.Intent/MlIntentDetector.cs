using System.Collections.Immutable;
using System.Runtime.InteropServices;
using CloseLint.Analysis;
using CloseLint.Syntax;

namespace CloseLint.Intent;

/// <summary>
/// Classifies every sentence of a document with the trained <see cref="IntentModel"/>, in one pass with one scratch
/// buffer per call; a long document (a 1 MB paste) is split into ranges classified on all cores. Thread-safe: the
/// model is read-only and each call, or range, has its own buffers.
/// </summary>
public sealed class MlIntentDetector : ISingleSentenceIntentDetector
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
        return Classify([.. document.Sentences.Select(s => s.NormalizedText)], cancellationToken);
    }

    /// <inheritdoc/>
    public SentenceIntent Classify(ScriptDocument document, int sentenceIndex)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Model.Predict(document.Sentences[sentenceIndex].NormalizedText);
    }

    /// <summary>Documents with at least this many sentences are classified in parallel ranges.</summary>
    public const int ParallelThreshold = 1024;

    /// <summary>Classifies a batch of sentences, one intent each, in order.</summary>
    public ImmutableArray<SentenceIntent> Classify(IReadOnlyList<string> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var results = new SentenceIntent[sentences.Count];
        if (results.Length < ParallelThreshold)
        {
            ClassifyRange(sentences, 0, results.Length, results, cancellationToken);
        }
        else
        {
            var ranges = System.Collections.Concurrent.Partitioner.Create(0, results.Length, ParallelThreshold / 4);
            Parallel.ForEach(ranges, new ParallelOptions { CancellationToken = cancellationToken },
                range => ClassifyRange(sentences, range.Item1, range.Item2, results, cancellationToken));
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(results);
    }

    private void ClassifyRange(IReadOnlyList<string> sentences, int start, int end, SentenceIntent[] results, CancellationToken cancellationToken)
    {
        var buffer = new FeatureBuffer();
        Span<float> probabilities = stackalloc float[Model.Classes.Length];
        for (var i = start; i < end; i++)
        {
            if ((i & 63) == 0) cancellationToken.ThrowIfCancellationRequested();
            results[i] = Model.Predict(sentences[i], buffer, probabilities);
        }
    }
}
