using CloseLint.Analysis;
using CloseLint.PhraseLists;
using Shouldly;

namespace CloseLint.Analyzers.Tests.PhraseLists;

public sealed class PhraseListProviderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("closelint-phrases-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private AnalyzerOptions Options(string key, string relativePath) => AnalyzerOptions.Empty.WithValue(key, relativePath, _folder);

    [Fact]
    public void No_options_gives_the_built_in_lists()
    {
        var lists = PhraseListProvider.ForOptions(AnalyzerOptions.Empty);
        lists.Gimmicks.ShouldBeSameAs(BuiltInPhraseLists.Gimmicks);
        lists.Hedges.ShouldBeSameAs(BuiltInPhraseLists.Hedges);
    }

    [Fact]
    public void Extra_gimmick_list_is_read_relative_to_the_editorconfig_and_merged_first()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "phrases"));
        File.WriteAllText(Path.Combine(_folder, "phrases", "mine.tsv"), "pressure\tpinky promise\tI'm confident\n");
        var lists = PhraseListProvider.ForOptions(Options(PhraseListProvider.ExtraGimmickPhrasesKey, "phrases/mine.tsv"));
        lists.Gimmicks.Entries[0].Pattern.ShouldBe("pinky promise");
        lists.Gimmicks.Entries.Length.ShouldBe(BuiltInPhraseLists.Gimmicks.Entries.Length + 1);
        lists.Gimmicks.Matches("I pinky promise. When do I start?").Select(m => m.Category).ShouldBe(["pressure", "assumptive-close"]);
        lists.Hedges.ShouldBeSameAs(BuiltInPhraseLists.Hedges);
    }

    [Fact]
    public void Extra_hedge_list_is_merged_with_the_hedges()
    {
        File.WriteAllText(Path.Combine(_folder, "hedges.tsv"), "hedge\tif you please\t-\n");
        var lists = PhraseListProvider.ForOptions(Options(PhraseListProvider.ExtraHedgePhrasesKey, "hedges.tsv"));
        lists.Hedges.Matches("What are the next steps, if you please?").ShouldHaveSingleItem().Category.ShouldBe("hedge");
        lists.Gimmicks.ShouldBeSameAs(BuiltInPhraseLists.Gimmicks);
    }

    [Fact]
    public void Missing_file_is_a_problem_and_the_built_in_list_still_works()
    {
        var lists = PhraseListProvider.ForOptions(Options(PhraseListProvider.ExtraGimmickPhrasesKey, "nope.tsv"));
        var problem = lists.Gimmicks.Problems.ShouldHaveSingleItem();
        problem.FilePath.ShouldBe(Path.Combine(_folder, "nope.tsv"));
        lists.Gimmicks.Matches("So when do I start?").ShouldHaveSingleItem();
    }

    [Fact]
    public void Changed_file_is_read_again()
    {
        var path = Path.Combine(_folder, "mine.tsv");
        File.WriteAllText(path, "one\tfirst phrase\n");
        var options = Options(PhraseListProvider.ExtraGimmickPhrasesKey, "mine.tsv");
        PhraseListProvider.ForOptions(options).Gimmicks.Entries[0].Category.ShouldBe("one");
        PhraseListProvider.ForOptions(options).Gimmicks.ShouldBeSameAs(PhraseListProvider.ForOptions(options).Gimmicks);

        File.WriteAllText(path, "two\tsecond phrase, longer\n");
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(5));
        PhraseListProvider.ForOptions(options).Gimmicks.Entries[0].Category.ShouldBe("two");
    }
}
