using Shouldly;

namespace CloseLint.Intent.Tests;

/// <summary>The fast paths of scoring give exactly what the plain loops give.</summary>
public sealed class ScoringTests
{
    [Fact]
    public void Vector_sums_equal_the_weight_by_weight_sums_to_the_last_bit()
    {
        var model = SharedModel.Model;
        var buffer = new FeatureBuffer();
        var fast = new float[model.Classes.Length];
        var plain = new float[model.Classes.Length];
        var sentences = Directory.GetFiles(RepoFiles.TrainingData, "*.tsv").SelectMany(File.ReadLines).Take(3000)
            .Select(line => line[(line.IndexOf('\t') + 1)..]).Append("").Append("😀 Zoë — CRLF\r\n").ToList();
        sentences.Count.ShouldBeGreaterThan(1000);
        foreach (var sentence in sentences)
        {
            model.Featurizer.Featurize(IntentTextNormalizer.Normalize(sentence), buffer);
            model.SumRows(buffer, fast);
            model.SumRowsOneByOne(buffer, plain);
            fast.Select(BitConverter.SingleToInt32Bits).ShouldBe(plain.Select(BitConverter.SingleToInt32Bits), sentence);
        }
    }

    [Theory]
    [InlineData(16, 5)]       // short: a comparison sort
    [InlineData(16, 300)]     // the counting sort
    [InlineData(18, 300)]     // indices past 2^16: a comparison sort again
    [InlineData(16, 5000)]    // more than the buffer's first size
    public void Features_come_out_sorted_and_distinct_whatever_the_sort(int bits, int count)
    {
        var random = new Random(bits * 10_000 + count);
        var buffer = new FeatureBuffer();
        for (var round = 0; round < 50; round++)
        {
            var indices = Enumerable.Range(0, count).Select(_ => random.Next(0, Math.Min(1 << bits, count * 2))).ToArray();
            buffer.Clear();
            foreach (var index in indices) buffer.Add(index);
            buffer.SortMergeAndNormalize();
            buffer.Indices.ToArray().ShouldBe(indices.Distinct().Order().ToArray());
        }
    }
}
