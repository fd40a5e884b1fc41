using BenchmarkDotNet.Attributes;
using CloseLint.Analysis;
using CloseLint.Intent;
using CloseLint.LanguageServer.Diagnostics;
using CloseLint.Syntax;
using CloseLint.Text;

namespace CloseLint.Benchmarks;

/// <summary>
/// One edit to a 1 MB plain-text document the way the language server handles it: the text edit, the reparse from
/// the previous version, and the analysis with the server's caches (intents, sentence findings), each alone and
/// together, against a full parse and analysis. Edits alternately append a sentence at the end (as the LSP benchmark
/// does) and remove it, or insert and remove one in the middle. Run with
/// <c>--filter *EditBenchmarks* --inProcess</c>.
/// </summary>
[MemoryDiagnoser]
public class EditBenchmarks
{
    private const string Added = "\nHonestly, when do I start?";
    private ScriptDocument _document = null!;
    private ScriptDocument _edited = null!;
    private AnalyzerDriver _cached = null!;
    private AnalyzerDriver _uncached = null!;
    private int _position;

    /// <summary>Where the edit is: at the end or in the middle.</summary>
    [Params("end", "middle")]
    public string Where { get; set; } = "end";

    [GlobalSetup]
    public void Setup()
    {
        _document = ScriptDocument.Parse(SourceText.From(SampleScripts.OneMegabyte), "big.txt");
        _position = Where == "end" ? _document.Text.Length : _document.Sentences[_document.Sentences.Length / 2].Span.End;
        _edited = _document.WithChanges(TextChange.Insert(_position, Added));
        _cached = new AnalyzerDriver(BuiltInAnalyzers.All, new CachingIntentDetector(LexicalIntentDetector.Instance), new SentenceResultCache());
        _uncached = new AnalyzerDriver(BuiltInAnalyzers.All, LexicalIntentDetector.Instance);
        _cached.Analyze(_document);
        _cached.Analyze(_edited);
    }

    [Benchmark(Description = "Reparse after an edit (WithText), 1 MB")]
    public ScriptDocument Reparse() => _document.WithText(_edited.Text);

    [Benchmark(Description = "Full parse of the edited text, 1 MB")]
    public ScriptDocument FullParse() => ScriptDocument.Parse(_edited.Text, "big.txt");

    [Benchmark(Description = "Edit, reparse and analyze with the server's caches, 1 MB")]
    public AnalysisResult EditAndAnalyze()
    {
        // Back and forth, so every run meets one new sentence, as a user typing does.
        _document = _document.Text.Length == _edited.Text.Length - Added.Length
            ? _document.WithChanges(TextChange.Insert(_position, Added))
            : _document.WithChanges(new TextChange(new TextSpan(_position, Added.Length), string.Empty));
        return _cached.Analyze(_document);
    }

    [Benchmark(Description = "Analyze without caches (what an edit cost before), 1 MB")]
    public AnalysisResult AnalyzeUncached() => _uncached.Analyze(_edited);
}
