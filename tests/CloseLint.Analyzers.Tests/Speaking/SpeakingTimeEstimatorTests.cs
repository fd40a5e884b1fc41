using CloseLint.Analysis;
using CloseLint.Speaking;
using CloseLint.Syntax;
using Shouldly;

namespace CloseLint.Analyzers.Tests.Speaking;

public sealed class SpeakingTimeEstimatorTests
{
    [Theory]
    [InlineData("nurse", 1)]
    [InlineData("don't", 1)]
    [InlineData("2019", 3)]           // two thousand nineteen
    [InlineData("12", 1)]             // twelve
    [InlineData("24", 1)]             // twenty-four (one hyphenated word)
    [InlineData("1,200", 4)]          // one thousand two hundred
    [InlineData("$4.5M", 5)]          // four point five million dollars
    [InlineData("99.6%", 4)]          // ninety-nine point six percent
    [InlineData("40%", 2)]            // forty percent
    [InlineData("£180", 4)]           // one hundred eighty pounds
    [InlineData("24-bed", 2)]         // twenty-four bed
    [InlineData("3x", 2)]             // three times
    [InlineData("1st", 2)]
    [InlineData("ICU", 3)]            // I-C-U
    [InlineData("HR", 2)]
    [InlineData("CPA", 3)]
    [InlineData("NASA", 1)]           // read as a word
    [InlineData("NICU", 1)]
    [InlineData("Q3", 2)]
    [InlineData("COVID-19", 2)]
    public void Counts_the_words_a_speaker_says(string written, int spoken) => SpeakingTimeEstimator.SpokenWords(written).ShouldBe(spoken);

    [Fact]
    public void Seconds_are_words_at_the_rate_plus_a_pause_per_sentence()
    {
        var document = ScriptDocument.Parse("I have run the ward for years. I train new nurses.");
        var estimator = new SpeakingTimeEstimator(wordsPerMinute: 150, pauseSeconds: 0.5);
        estimator.Seconds(document.Sentences[0]).ShouldBe(7 * 60.0 / 150 + 0.5, 1e-9);
        estimator.Seconds(document).ShouldBe(11 * 60.0 / 150 + 1.0, 1e-9);
    }

    [Fact]
    public void Numbers_make_a_sentence_longer_than_its_written_words()
    {
        var estimator = new SpeakingTimeEstimator(pauseSeconds: 0);
        var plain = ScriptDocument.Parse("I managed a large budget.").Sentences[0];
        var numbers = ScriptDocument.Parse("I managed a $1.25M budget.").Sentences[0];
        estimator.Seconds(numbers).ShouldBeGreaterThan(estimator.Seconds(plain));
    }

    [Fact]
    public void Sums_sentences_sections_and_documents_alike()
    {
        var document = ScriptDocument.Parse("## Summary\n\nEight years in logistics. I run two depots.\n\n## Ask\n\nI'd love this job.\n", "/s/closing.md");
        var estimator = SpeakingTimeEstimator.Default;
        var bySection = document.Sections.Sum(section => estimator.Seconds(document, section));
        bySection.ShouldBe(estimator.Seconds(document), 1e-9);
        estimator.Seconds(document.Sentences.Take(2)).ShouldBe(estimator.Seconds(document, document.Sections.Single(s => s.Kind == SectionKind.Summary)), 1e-9);
    }

    [Fact]
    public void Reads_the_rate_and_pause_from_options()
    {
        var options = AnalyzerOptions.Empty.WithValue(SpeakingTimeEstimator.RateOptionKey, "120").WithValue(SpeakingTimeEstimator.PauseOptionKey, "0");
        var estimator = SpeakingTimeEstimator.FromOptions(options);
        estimator.WordsPerMinute.ShouldBe(120);
        estimator.PauseSeconds.ShouldBe(0);
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("0")]
    [InlineData("5000")]
    public void Ignores_a_rate_that_is_not_a_sensible_number(string value) =>
        SpeakingTimeEstimator.FromOptions(AnalyzerOptions.Empty.WithValue(SpeakingTimeEstimator.RateOptionKey, value)).WordsPerMinute
            .ShouldBe(SpeakingTimeEstimator.DefaultWordsPerMinute);

    [Fact]
    public void Default_options_share_the_default_estimator() =>
        SpeakingTimeEstimator.FromOptions(AnalyzerOptions.Empty).ShouldBeSameAs(SpeakingTimeEstimator.Default);

    [Fact]
    public void Rejects_a_rate_of_zero() => Should.Throw<ArgumentOutOfRangeException>(() => new SpeakingTimeEstimator(0));

    [Fact]
    public void Empty_text_takes_no_time() => SpeakingTimeEstimator.Default.Seconds(ScriptDocument.Parse(string.Empty)).ShouldBe(0);
}
