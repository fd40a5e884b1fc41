using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using CloseLint.Analysis;

namespace CloseLint.Intent;

/// <summary>
/// The trained sentence-intent model as plain numbers: a multiclass logistic-regression (maximum entropy) over
/// <see cref="IntentFeaturizer"/> vectors, with weights read out of the ML.NET model file. Scoring is a sparse dot
/// product and a softmax, so it needs no ML.NET at run time and is safe to call from many threads.
/// </summary>
public sealed class IntentModel : Training.ITextIntentClassifier
{
    private readonly float[] _weights;   // [feature * ClassCount + class]: one feature's class weights side by side
    private readonly float[] _biases;
    // The same weights with each feature's row padded to a vector: a sentence's few hundred features are then as many
    // vector multiply-adds. Multiply, then add, lane by lane, as the scalar loop does, so the sums are the same floats.
    private readonly float[]? _rows;
    private readonly float[] _paddedBiases = new float[Vector256<float>.Count];

    internal IntentModel(IntentFeaturizer featurizer, ImmutableArray<IntentLabel> classes, float[] weights, float[] biases)
    {
        if (weights.Length != featurizer.Dimension * classes.Length) throw new ArgumentException("Weights do not match the featurizer and classes.", nameof(weights));
        if (biases.Length != classes.Length) throw new ArgumentException("One bias per class.", nameof(biases));
        Featurizer = featurizer;
        Classes = classes;
        _weights = weights;
        _biases = biases;
        if (classes.Length <= Vector256<float>.Count && Vector256.IsHardwareAccelerated)
        {
            _rows = new float[featurizer.Dimension * Vector256<float>.Count];
            for (var feature = 0; feature < featurizer.Dimension; feature++)
                weights.AsSpan(feature * classes.Length, classes.Length).CopyTo(_rows.AsSpan(feature * Vector256<float>.Count));
            biases.CopyTo(_paddedBiases, 0);
        }
    }

    /// <summary>The featurizer the weights belong to.</summary>
    public IntentFeaturizer Featurizer { get; }

    /// <summary>The classes, in the order of the model's scores.</summary>
    public ImmutableArray<IntentLabel> Classes { get; }

    /// <summary>The name of the model file built into this assembly.</summary>
    public const string EmbeddedResourceName = "CloseLint.Intent.intent-model.zip";

    /// <summary>Loads the model built into this assembly.</summary>
    /// <exception cref="IntentModelLoadException">The build carries no model, or it is corrupt.</exception>
    public static IntentModel LoadEmbedded()
    {
        using var stream = typeof(IntentModel).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new IntentModelLoadException($"This build of CloseLint carries no intent model (resource {EmbeddedResourceName}); run 'closelint model train' and rebuild.");
        return IntentModelFile.Load(stream, "the built-in model");
    }

    /// <summary>Loads a model file written by <c>closelint model train</c>.</summary>
    /// <exception cref="IntentModelLoadException">The file is missing, unreadable or corrupt.</exception>
    public static IntentModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new IntentModelLoadException($"Could not open the intent model '{path}': {e.Message}", e);
        }

        using (stream) return IntentModelFile.Load(stream, $"'{path}'");
    }

    /// <summary>Loads a model file from a stream.</summary>
    /// <exception cref="IntentModelLoadException">The stream does not hold a valid model.</exception>
    public static IntentModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return IntentModelFile.Load(stream, "the given stream");
    }

    internal ReadOnlySpan<float> Weights => _weights;

    internal ReadOnlySpan<float> Biases => _biases;

    /// <summary>How many weights are not zero.</summary>
    public int NonZeroWeightCount => _weights.Count(w => w != 0);

    /// <summary>Classifies one sentence.</summary>
    public SentenceIntent Predict(string text)
    {
        Span<float> probabilities = stackalloc float[Classes.Length];
        return Predict(text, new FeatureBuffer(), probabilities);
    }

    /// <summary>
    /// Classifies one sentence with a caller's scratch buffer, writing every class's probability (in
    /// <see cref="Classes"/> order) to <paramref name="probabilities"/>.
    /// </summary>
    public SentenceIntent Predict(string text, FeatureBuffer buffer, Span<float> probabilities)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        Featurizer.Featurize(IntentTextNormalizer.Normalize(text), buffer);
        Score(buffer, probabilities);
        var best = 0;
        for (var c = 1; c < Classes.Length; c++)
            if (probabilities[c] > probabilities[best]) best = c;
        return new SentenceIntent(Classes[best], probabilities[best]);
    }

    /// <summary>The class scores before the softmax, one weight at a time (tests check the vector sums against it).</summary>
    internal void SumRowsOneByOne(FeatureBuffer features, Span<float> scores)
    {
        var classCount = Classes.Length;
        _biases.CopyTo(scores);
        var indices = features.Indices;
        var values = features.Values;
        for (var i = 0; i < indices.Length; i++)
        {
            var row = _weights.AsSpan(indices[i] * classCount, classCount);
            var value = values[i];
            for (var c = 0; c < classCount; c++) scores[c] += row[c] * value;
        }
    }

    /// <summary>The class scores before the softmax, as <see cref="Score"/> sums them.</summary>
    internal void SumRows(FeatureBuffer features, Span<float> scores)
    {
        if (_rows is null)
        {
            SumRowsOneByOne(features, scores);
            return;
        }

        var sum = Vector256.Create(_paddedBiases);
        var indices = features.Indices;
        var values = features.Values;
        ref var rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        for (var i = 0; i < indices.Length; i++)
            sum = Vector256.Add(sum, Vector256.Multiply(Vector256.LoadUnsafe(ref rows, (nuint)indices[i] * (nuint)Vector256<float>.Count), values[i]));
        for (var c = 0; c < scores.Length; c++) scores[c] = sum.GetElement(c);
    }

    /// <summary>Softmax probabilities for an already featurized sentence.</summary>
    internal void Score(FeatureBuffer features, Span<float> probabilities)
    {
        var classCount = Classes.Length;
        if (probabilities.Length < classCount) throw new ArgumentException("Too short for every class.", nameof(probabilities));
        var scores = probabilities[..classCount];
        SumRows(features, scores);

        var max = float.NegativeInfinity;
        foreach (var s in scores) max = MathF.Max(max, s);
        var sum = 0f;
        for (var c = 0; c < classCount; c++)
        {
            scores[c] = MathF.Exp(scores[c] - max);
            sum += scores[c];
        }

        for (var c = 0; c < classCount; c++) scores[c] /= sum;
    }
}
