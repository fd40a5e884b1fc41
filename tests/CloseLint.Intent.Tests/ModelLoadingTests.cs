using System.IO.Compression;
using CloseLint.Analysis;
using CloseLint.Syntax;
using Shouldly;

namespace CloseLint.Intent.Tests;

public sealed class ModelLoadingTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("closelint-intent-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Loads_the_model_built_into_the_assembly()
    {
        var model = IntentModel.LoadEmbedded();

        model.Classes.Order().ShouldBe(IntentLabelNames.All.Order());
        model.NonZeroWeightCount.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public void Loads_the_committed_model_file_with_the_same_weights_as_the_built_in_one()
    {
        var fromFile = IntentModel.Load(RepoFiles.ShippedModel);

        fromFile.Predict("Does anything in my background worry you?").ShouldBe(SharedModel.Model.Predict("Does anything in my background worry you?"));
        fromFile.NonZeroWeightCount.ShouldBe(SharedModel.Model.NonZeroWeightCount);
    }

    [Fact]
    public void Default_detector_combines_the_model_with_the_patterns()
    {
        var loaded = IntentDetectors.LoadDefault();

        loaded.ModelLoaded.ShouldBeTrue(loaded.Error?.Message);
        loaded.Detector.ShouldBeOfType<CombinedIntentDetector>();
        loaded.Detector.Name.ShouldBe("combined");
    }

    [Fact]
    public void Missing_model_file_is_a_clear_error_naming_the_file()
    {
        var path = Path.Combine(_directory, "no-such-model.zip");

        var error = Should.Throw<IntentModelLoadException>(() => IntentModel.Load(path));

        error.Message.ShouldContain("no-such-model.zip");
    }

    [Fact]
    public void Missing_model_file_falls_back_to_the_lexical_detector_which_still_works()
    {
        var loaded = IntentDetectors.LoadDefault(Path.Combine(_directory, "no-such-model.zip"));

        loaded.ModelLoaded.ShouldBeFalse();
        loaded.Error.ShouldNotBeNull().Message.ShouldContain("no-such-model.zip");
        loaded.Detector.ShouldBeSameAs(LexicalIntentDetector.Instance);
        var intents = loaded.Detector.Classify(ScriptDocument.Parse("Thanks for your time. What are the next steps?"));
        intents.Length.ShouldBe(2);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    [InlineData("empty")]
    public void Corrupt_model_file_is_a_clear_error_and_the_lexical_detector_is_used(string kind)
    {
        var path = Path.Combine(_directory, kind + ".zip");
        var good = File.ReadAllBytes(RepoFiles.ShippedModel);
        File.WriteAllBytes(path, kind switch
        {
            "garbage" => [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251))],
            "truncated" => good[..(good.Length / 2)],
            _ => [],
        });

        Should.Throw<IntentModelLoadException>(() => IntentModel.Load(path)).Message.ShouldContain(kind + ".zip");
        var loaded = IntentDetectors.LoadDefault(path);
        loaded.ModelLoaded.ShouldBeFalse();
        loaded.Detector.ShouldBeSameAs(LexicalIntentDetector.Instance);
    }

    [Fact]
    public void Model_with_damaged_weights_is_a_clear_error()
    {
        var path = CopyShippedModelAndEdit(zip => Rewrite(zip, IntentModelFile.WeightsEntry, bytes => bytes[..(bytes.Length - 3)]));

        Should.Throw<IntentModelLoadException>(() => IntentModel.Load(path)).Message.ShouldContain("corrupt");
    }

    [Fact]
    public void Model_trained_for_another_featurizer_is_refused()
    {
        var path = CopyShippedModelAndEdit(zip => Rewrite(zip, IntentModelFile.FeaturizerEntry, _ => "closelint-intent-featurizer/0\nbits=18\n"u8.ToArray()));

        Should.Throw<IntentModelLoadException>(() => IntentModel.Load(path)).Message.ShouldContain("another featurizer");
    }

    [Fact]
    public void Plain_ml_net_model_without_closelint_entries_is_refused()
    {
        var path = CopyShippedModelAndEdit(zip => zip.GetEntry(IntentModelFile.FeaturizerEntry)!.Delete());

        Should.Throw<IntentModelLoadException>(() => IntentModel.Load(path)).Message.ShouldContain("closelint model train");
    }

    private string CopyShippedModelAndEdit(Action<ZipArchive> edit)
    {
        var path = Path.Combine(_directory, "edited.zip");
        File.Copy(RepoFiles.ShippedModel, path);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update)) edit(zip);
        return path;
    }

    private static void Rewrite(ZipArchive zip, string name, Func<byte[], byte[]> change)
    {
        var entry = zip.GetEntry(name)!;
        byte[] bytes;
        using (var stream = entry.Open())
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            bytes = copy.ToArray();
        }

        entry.Delete();
        using var replaced = zip.CreateEntry(name).Open();
        replaced.Write(change(bytes));
    }
}
