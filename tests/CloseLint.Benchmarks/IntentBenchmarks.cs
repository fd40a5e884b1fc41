using BenchmarkDotNet.Attributes;
using CloseLint.Analysis;
using CloseLint.Intent;
using CloseLint.Syntax;

namespace CloseLint.Benchmarks;

/// <summary>
/// The intent model: load time and sentences classified per second, single-threaded. For the cold (first-in-process)
/// load, run <c>--filter *IntentBenchmarks.LoadModel* --strategy ColdStart --launchCount 10 --warmupCount 0 --iterationCount 1</c>.
/// </summary>
[MemoryDiagnoser]
public class IntentBenchmarks
{
    private const int Batch = 1000;
    private string[] _sentences = null!;
    private IntentModel _model = null!;
    private MlIntentDetector _detector = null!;
    private ScriptDocument _document = null!;
    private CombinedIntentDetector _combined = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = Path.Combine(FindRepoRoot(), "models", "intent", "data");
        _sentences = [.. Directory.GetFiles(data, "*.tsv").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines).Select(l => l[(l.IndexOf('\t') + 1)..]).Take(Batch)];
        _model = IntentModel.LoadEmbedded();
        _detector = new MlIntentDetector(_model);
        _document = ScriptDocument.Parse(string.Join(" ", _sentences.Take(40)));
        _combined = new CombinedIntentDetector(_detector, LexicalIntentDetector.Instance);
    }

    [Benchmark(Description = "Load the built-in model")]
    public IntentModel LoadModel() => IntentModel.LoadEmbedded();

    [Benchmark(Description = "Model: one sentence (per op, 1000-sentence batch)", OperationsPerInvoke = Batch)]
    public int ClassifySentences() => _detector.Classify(_sentences).Length;

    [Benchmark(Description = "Model: 40-sentence document")]
    public int ClassifyDocument() => _detector.Classify(_document).Length;

    [Benchmark(Description = "Combined (model + lexical): 40-sentence document")]
    public int ClassifyDocumentCombined() => _combined.Classify(_document).Length;

    private static string FindRepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "CloseLint.sln"))) return directory.FullName;
        throw new InvalidOperationException("Could not find CloseLint.sln above the benchmark assembly.");
    }
}
