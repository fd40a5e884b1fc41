using CloseLint.Analysis;
using CloseLint.Intent.Training;
using Shouldly;

namespace CloseLint.Intent.Tests;

public sealed class FeaturizerTests
{
    [Theory]
    [InlineData("It\u2019s  \u201CGreat\u201D\u2014REALLY", "it's \"great\"-really")]
    [InlineData("  I closed $1.5M in 2023.\r\n", "i closed $0.0m in 0000.")]
    [InlineData("Zoë 😀", "zoë 😀")]
    public void Normalizer_lowercases_folds_quotes_dashes_digits_and_spaces(string text, string expected)
    {
        IntentTextNormalizer.Normalize(text).ShouldBe(expected);
    }

    [Fact]
    public void Features_are_sorted_distinct_in_range_and_unit_length()
    {
        var featurizer = new IntentFeaturizer(12);
        var buffer = new FeatureBuffer();

        featurizer.Featurize(IntentTextNormalizer.Normalize("Is there anything about my background that worries you? 😀"), buffer);

        buffer.Count.ShouldBeGreaterThan(20);
        buffer.Indices.ToArray().ShouldBe(buffer.Indices.ToArray().Distinct().Order());
        buffer.Indices.ToArray().ShouldAllBe(i => i >= 0 && i < featurizer.Dimension);
        var norm = MathF.Sqrt(buffer.Values.ToArray().Sum(v => v * v));
        norm.ShouldBe(1f, 1e-5f);
    }

    [Fact]
    public void Features_depend_on_word_order()
    {
        var featurizer = new IntentFeaturizer(18);
        var a = new FeatureBuffer();
        var b = new FeatureBuffer();

        featurizer.Featurize("you hire me", a);
        featurizer.Featurize("me hire you", b);

        a.Indices.ToArray().ShouldNotBe(b.Indices.ToArray());
    }

    [Fact]
    public void Empty_text_still_has_features()
    {
        var buffer = new FeatureBuffer();

        new IntentFeaturizer(16).Featurize("", buffer);

        buffer.Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Report_computes_precision_recall_and_f1()
    {
        var report = ClassificationReport.Create(
        [
            (IntentLabel.Ask, IntentLabel.Ask), (IntentLabel.Ask, IntentLabel.Ask), (IntentLabel.Ask, IntentLabel.Other),
            (IntentLabel.Other, IntentLabel.Ask), (IntentLabel.Other, IntentLabel.Other),
        ]);

        report.Precision(IntentLabel.Ask).ShouldBe(2.0 / 3, 1e-9);
        report.Recall(IntentLabel.Ask).ShouldBe(2.0 / 3, 1e-9);
        report.Recall(IntentLabel.Other).ShouldBe(0.5, 1e-9);
        report.F1(IntentLabel.Concern).ShouldBe(0);
        report.Accuracy.ShouldBe(0.6, 1e-9);
        report.Count(IntentLabel.Other, IntentLabel.Ask).ShouldBe(1);
    }

    [Fact]
    public void Dataset_reader_accepts_a_header_and_upper_case_labels_and_rejects_unknown_ones()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "label\ttext\nCONCERN\tAny \"doubts\" about me?\nother\tHi.\n");
            IntentDataset.ReadFile(path).ShouldBe([new IntentExample(IntentLabel.Concern, "Any \"doubts\" about me?"), new IntentExample(IntentLabel.Other, "Hi.")]);

            File.WriteAllText(path, "maybe\tHi.\n");
            Should.Throw<InvalidDataException>(() => IntentDataset.ReadFile(path).ToArray()).Message.ShouldContain("maybe");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
