using CloseLint.Syntax;
using Shouldly;

namespace CloseLint.Intent.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Parallel_classification_matches_sequential_classification()
    {
        var documents = Enumerable.Range(0, 64).Select(i => ScriptDocument.Parse(
            $"Thanks for meeting me, number {i}. I've led {i} projects. Is there anything that gives you pause about me? What happens next?")).ToArray();
        var detector = IntentDetectors.LoadDefault().Detector;
        var expected = documents.Select(d => detector.Classify(d)).ToArray();

        var actual = await Task.WhenAll(documents.Select(d => Task.Run(() => detector.Classify(d)))).WaitAsync(TimeSpan.FromSeconds(30));

        for (var i = 0; i < documents.Length; i++) actual[i].ShouldBe(expected[i]);
    }

    [Fact]
    public void Parallel_for_over_one_detector_gives_stable_answers()
    {
        var detector = SharedModel.Detector;
        var document = ScriptDocument.Parse("Where do I fall short compared with the others? I'd love to join. Cheers.");
        var expected = detector.Classify(document);
        var mismatches = 0;

        Parallel.For(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            if (!detector.Classify(document).SequenceEqual(expected)) Interlocked.Increment(ref mismatches);
        });

        mismatches.ShouldBe(0);
    }
}
