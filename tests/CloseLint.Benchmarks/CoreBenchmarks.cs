using BenchmarkDotNet.Attributes;
using CloseLint.Analysis;
using CloseLint.Intent;
using CloseLint.Syntax;
using CloseLint.Text;

namespace CloseLint.Benchmarks;

/// <summary>Text edits, parsing and segmentation, and the analyzer driver on a 300-word script and a 1 MB document.</summary>
[MemoryDiagnoser]
public class CoreBenchmarks
{
    private SourceText _script = null!;
    private SourceText _big = null!;
    private ScriptDocument _scriptDocument = null!;
    private ScriptDocument _bigDocument = null!;
    private AnalyzerDriver _driver = null!;

    [GlobalSetup]
    public void Setup()
    {
        _script = SourceText.From(SampleScripts.ThreeHundredWords);
        _big = SourceText.From(SampleScripts.OneMegabyte);
        _scriptDocument = ScriptDocument.Parse(_script, "closing.md");
        _bigDocument = ScriptDocument.Parse(_big, "big.txt");
        _driver = new AnalyzerDriver(BuiltInAnalyzers.All, LexicalIntentDetector.Instance);
    }

    [Benchmark(Description = "SourceText: one edit, 300 words")]
    public SourceText EditScript() => _script.WithChanges(new TextChange(new TextSpan(_script.Length / 2, 4), "abc"));

    [Benchmark(Description = "SourceText: one edit, 1 MB")]
    public SourceText EditBig() => _big.WithChanges(new TextChange(new TextSpan(_big.Length / 2, 4), "abc"));

    [Benchmark(Description = "SourceText.From (line map), 1 MB")]
    public SourceText BuildBig() => SourceText.From(SampleScripts.OneMegabyte);

    [Benchmark(Description = "SourceText: offset to line/column, 1 MB (per lookup)", OperationsPerInvoke = 1_000)]
    public int LookUpPositions()
    {
        var sum = 0;
        for (var i = 0; i < 1_000; i++) sum += _big.GetLinePosition((int)((long)_big.Length * i / 1_000)).Character;
        return sum;
    }

    [Benchmark(Description = "Parse Markdown, 300 words")]
    public ScriptDocument ParseScript() => ScriptDocument.Parse(_script, "closing.md");

    [Benchmark(Description = "Parse plain text, 1 MB")]
    public ScriptDocument ParseBigPlain() => ScriptDocument.Parse(_big, "big.txt");

    [Benchmark(Description = "Parse Markdown, 1 MB")]
    public ScriptDocument ParseBigMarkdown() => ScriptDocument.Parse(_big, "big.md");

    [Benchmark(Description = "Analyze (all rules, lexical), 300 words")]
    public AnalysisResult AnalyzeScript() => _driver.Analyze(_scriptDocument);

    [Benchmark(Description = "Analyze (all rules, lexical), 1 MB")]
    public AnalysisResult AnalyzeBig() => _driver.Analyze(_bigDocument);
}
