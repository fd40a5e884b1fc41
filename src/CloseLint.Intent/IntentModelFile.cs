using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using CloseLint.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace CloseLint.Intent;

/// <summary>
/// Reads and writes the model file: an ML.NET model zip (input column <c>Features</c>, an SDCA or L-BFGS maximum
/// entropy predictor) plus two extra entries: the featurizer it was trained with, and the predictor's weights read
/// out of the ML.NET model into a compact table. Loading reads only the extra entries (ML.NET's own loader takes
/// about a second, mostly JIT); <see cref="LoadWithMlNet"/> reads the ML.NET model itself, and a test checks both
/// give the same predictions.
/// </summary>
internal static class IntentModelFile
{
    public const string FeaturesColumn = "Features";
    public const string FeaturizerEntry = "CloseLint/featurizer.txt";
    public const string WeightsEntry = "CloseLint/weights.bin";
    private const uint WeightsMagic = 0x4D494C43;   // "CLIM"
    private const int WeightsFormat = 1;

    public static void Save(MLContext ml, ITransformer transformer, DataViewSchema inputSchema, IntentFeaturizer featurizer, Stream destination)
    {
        using var buffer = new MemoryStream();
        ml.Model.Save(transformer, inputSchema, buffer);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.CreateEntry(FeaturizerEntry, CompressionLevel.Optimal);
            using (var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false))) writer.Write(DescribeFeaturizer(featurizer));
            var model = FromTransformer(transformer, inputSchema, featurizer, "training");
            using var weights = new BinaryWriter(zip.CreateEntry(WeightsEntry, CompressionLevel.Optimal).Open());
            WriteWeights(model, weights);
        }

        buffer.Position = 0;
        buffer.CopyTo(destination);
    }

    /// <summary>
    /// Loads a model file from its featurizer and weights entries, without ML.NET; throws
    /// <see cref="IntentModelLoadException"/> with a reason on any failure.
    /// </summary>
    public static IntentModel Load(Stream source, string origin)
    {
        var buffer = ReadAll(source, origin);
        try
        {
            using var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
            var featurizer = ReadFeaturizer(zip, origin);
            var entry = zip.GetEntry(WeightsEntry)
                ?? throw new IntentModelLoadException($"The intent model at {origin} has no {WeightsEntry}; retrain it with 'closelint model train'.");
            using var reader = new BinaryReader(new BufferedStream(entry.Open(), 1 << 16));
            return ReadWeights(reader, featurizer, origin);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            throw new IntentModelLoadException($"The intent model at {origin} is corrupt: {e.Message}", e);
        }
    }

    /// <summary>Loads a model file through ML.NET's own loader and reads the weights out of the predictor.</summary>
    public static IntentModel LoadWithMlNet(Stream source, string origin, out ITransformer transformer, out DataViewSchema inputSchema)
    {
        var buffer = ReadAll(source, origin);
        IntentFeaturizer featurizer;
        try
        {
            using var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
            featurizer = ReadFeaturizer(zip, origin);
        }
        catch (InvalidDataException e)
        {
            throw new IntentModelLoadException($"The intent model at {origin} is not a valid zip file: {e.Message}", e);
        }

        buffer.Position = 0;
        var ml = new MLContext(seed: 0);
        try
        {
            transformer = ml.Model.Load(buffer, out inputSchema);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new IntentModelLoadException($"The intent model at {origin} is not a valid ML.NET model: {e.Message}", e);
        }

        return FromTransformer(transformer, inputSchema, featurizer, origin);
    }

    public static IntentModel FromTransformer(ITransformer transformer, DataViewSchema inputSchema, IntentFeaturizer featurizer, string origin)
    {
        var parameters = FindPredictor(transformer)
            ?? throw new IntentModelLoadException($"The intent model at {origin} has no linear multiclass predictor.");
        VBuffer<float>[] rows = [];
        parameters.GetWeights(ref rows, out var classCount);
        var biases = parameters.GetBiases().ToArray();
        var classes = ReadClasses(transformer, inputSchema, classCount, origin);

        var weights = new float[featurizer.Dimension * classCount];
        for (var c = 0; c < classCount; c++)
        {
            if (rows[c].Length != featurizer.Dimension)
                throw new IntentModelLoadException($"The intent model at {origin} expects {rows[c].Length} features, but the featurizer makes {featurizer.Dimension}.");
            foreach (var (index, value) in rows[c].Items())
                weights[index * classCount + c] = value;
        }

        return new IntentModel(featurizer, classes, weights, biases);
    }

    private static LinearMulticlassModelParametersBase? FindPredictor(ITransformer transformer)
    {
        switch (transformer)
        {
            case ISingleFeaturePredictionTransformer<LinearMulticlassModelParametersBase> prediction:
                return prediction.Model;
            case IEnumerable<ITransformer> chain:
                foreach (var inner in chain)
                    if (FindPredictor(inner) is { } found) return found;
                return null;
            default:
                return null;
        }
    }

    private static ImmutableArray<IntentLabel> ReadClasses(ITransformer transformer, DataViewSchema inputSchema, int classCount, string origin)
    {
        var output = transformer.GetOutputSchema(inputSchema);
        var score = output.GetColumnOrNull("Score")
            ?? throw new IntentModelLoadException($"The intent model at {origin} has no Score column.");
        VBuffer<ReadOnlyMemory<char>> names = default;
        score.GetSlotNames(ref names);
        var values = names.DenseValues().ToArray();
        if (values.Length != classCount)
            throw new IntentModelLoadException($"The intent model at {origin} names {values.Length} classes but scores {classCount}.");
        var classes = ImmutableArray.CreateBuilder<IntentLabel>(classCount);
        foreach (var name in values)
        {
            if (!IntentLabelNames.TryParse(name.Span, out var label))
                throw new IntentModelLoadException($"The intent model at {origin} has an unknown class '{name}'.");
            classes.Add(label);
        }

        return classes.MoveToImmutable();
    }

    private static MemoryStream ReadAll(Stream source, string origin)
    {
        try
        {
            var buffer = new MemoryStream();
            source.CopyTo(buffer);
            buffer.Position = 0;
            return buffer;
        }
        catch (IOException e)
        {
            throw new IntentModelLoadException($"Could not read the intent model from {origin}: {e.Message}", e);
        }
    }

    // weights.bin: magic, format, bits, class count, class names, biases, then the non-zero feature rows as
    // (index delta, one weight per class), little-endian.
    private static void WriteWeights(IntentModel model, BinaryWriter writer)
    {
        var classCount = model.Classes.Length;
        writer.Write(WeightsMagic);
        writer.Write(WeightsFormat);
        writer.Write(model.Featurizer.Bits);
        writer.Write(classCount);
        foreach (var label in model.Classes) writer.Write(IntentLabelNames.ToName(label));
        foreach (var bias in model.Biases) writer.Write(bias);
        var weights = model.Weights;
        var rows = new List<int>();
        for (var i = 0; i < model.Featurizer.Dimension; i++)
            if (weights.Slice(i * classCount, classCount).ContainsAnyExcept(0f)) rows.Add(i);
        writer.Write(rows.Count);
        var previous = 0;
        foreach (var row in rows)
        {
            writer.Write7BitEncodedInt(row - previous);
            previous = row;
            foreach (var w in weights.Slice(row * classCount, classCount)) writer.Write(w);
        }
    }

    private static IntentModel ReadWeights(BinaryReader reader, IntentFeaturizer featurizer, string origin)
    {
        if (reader.ReadUInt32() != WeightsMagic || reader.ReadInt32() != WeightsFormat)
            throw new IntentModelLoadException($"The intent model at {origin} has weights in an unknown format; retrain it with 'closelint model train'.");
        var bits = reader.ReadInt32();
        var classCount = reader.ReadInt32();
        if (bits != featurizer.Bits || classCount is < 2 or > 16)
            throw new IntentModelLoadException($"The intent model at {origin} is corrupt: its weights do not match its featurizer.");
        var classes = ImmutableArray.CreateBuilder<IntentLabel>(classCount);
        for (var c = 0; c < classCount; c++)
        {
            var name = reader.ReadString();
            if (!IntentLabelNames.TryParse(name, out var label))
                throw new IntentModelLoadException($"The intent model at {origin} has an unknown class '{name}'.");
            classes.Add(label);
        }

        var biases = new float[classCount];
        for (var c = 0; c < classCount; c++) biases[c] = reader.ReadSingle();
        var weights = new float[featurizer.Dimension * classCount];
        var rowCount = reader.ReadInt32();
        var row = 0;
        for (var r = 0; r < rowCount; r++)
        {
            row += reader.Read7BitEncodedInt();
            if ((uint)row >= (uint)featurizer.Dimension)
                throw new IntentModelLoadException($"The intent model at {origin} is corrupt: feature {row} is out of range.");
            ReadFloats(reader, weights.AsSpan(row * classCount, classCount));
        }

        if (reader.BaseStream.ReadByte() != -1)
            throw new IntentModelLoadException($"The intent model at {origin} is corrupt: trailing bytes after the weights.");
        return new IntentModel(featurizer, classes.MoveToImmutable(), weights, biases);
    }

    // A row's floats in one read (little-endian, as BinaryWriter wrote them): reading them one by one was ~55 ms of a cold start.
    private static void ReadFloats(BinaryReader reader, Span<float> destination)
    {
        if (!BitConverter.IsLittleEndian)
        {
            for (var i = 0; i < destination.Length; i++) destination[i] = reader.ReadSingle();
            return;
        }

        reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(destination));
    }

    private static string DescribeFeaturizer(IntentFeaturizer featurizer) =>
        $"{IntentFeaturizer.Version}\nbits={featurizer.Bits}\nwords={featurizer.WordNgrams}\n";

    private static IntentFeaturizer ReadFeaturizer(ZipArchive zip, string origin)
    {
        string text;
        var entry = zip.GetEntry(FeaturizerEntry)
            ?? throw new IntentModelLoadException($"The intent model at {origin} was not written by 'closelint model train' (no {FeaturizerEntry}).");
        using (var reader = new StreamReader(entry.Open(), Encoding.UTF8)) text = reader.ReadToEnd();

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length < 2 || lines[0] != IntentFeaturizer.Version || !lines[1].StartsWith("bits=", StringComparison.Ordinal)
            || !int.TryParse(lines[1].AsSpan(5), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bits)
            || bits is < 10 or > 24)
        {
            throw new IntentModelLoadException(
                $"The intent model at {origin} was trained for another featurizer ('{lines.FirstOrDefault()}', this build has '{IntentFeaturizer.Version}'); retrain it with 'closelint model train'.");
        }

        var words = 2;
        if (lines.Length > 2 && (!lines[2].StartsWith("words=", StringComparison.Ordinal)
            || !int.TryParse(lines[2].AsSpan(6), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out words)
            || words is < 2 or > 3))
        {
            throw new IntentModelLoadException($"The intent model at {origin} names an unknown featurizer setting '{lines[2]}'.");
        }

        return new IntentFeaturizer(bits, words);
    }
}
