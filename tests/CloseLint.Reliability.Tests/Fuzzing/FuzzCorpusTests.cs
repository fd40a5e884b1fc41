using CloseLint.Fuzz;
using Shouldly;

namespace CloseLint.Reliability.Tests.Fuzzing;

/// <summary>
/// Every committed fuzz input (seeds and the inputs that once crashed) runs through its target in-process, so a
/// finding stays fixed without afl-fuzz installed.
/// </summary>
public sealed class FuzzCorpusTests
{
    public static TheoryData<string, string> CorpusFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in FuzzTargets.All)
        {
            var folder = Path.Combine(RepoPaths.FuzzCorpus, target.Name);
            if (!Directory.Exists(folder)) continue;
            foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
                data.Add(target.Name, Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void Every_target_has_a_seed_corpus()
    {
        foreach (var target in FuzzTargets.All)
        {
            var folder = Path.Combine(RepoPaths.FuzzCorpus, target.Name);
            Directory.Exists(folder).ShouldBeTrue($"tests/fuzz/corpus/{target.Name} is missing");
            Directory.EnumerateFiles(folder).ShouldNotBeEmpty($"tests/fuzz/corpus/{target.Name} is empty");
        }
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Corpus_input_runs_through_its_target_without_a_finding(string target, string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.FuzzCorpus, target, file));
        Should.NotThrow(() => FuzzTargets.Find(target)!.Run(bytes));
    }

    [Fact]
    public void A_broken_invariant_is_a_finding()
    {
        // The harness must be able to fail: a document whose spans disagree with its text is reported.
        Should.Throw<InvariantException>(() => InvariantException.Check(false, "span outside the text"));
    }
}
