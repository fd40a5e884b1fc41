using BenchmarkDotNet.Attributes;
using CloseLint.Analysis;
using CloseLint.Configuration;

namespace CloseLint.Benchmarks;

/// <summary>
/// <c>.editorconfig</c> work per document: parsing one file (with globs this process has built before, and with globs it
/// has never seen), and finding and merging the files of a script three folders deep, with a new set (every file read
/// and parsed) and with a warm one (a batch or session: one stat per folder, nothing parsed). The never-seen case runs
/// last: its globs fill the process-wide glob share, which would make later benchmarks build theirs again.
/// </summary>
[MemoryDiagnoser]
public class ConfigurationBenchmarks
{
    private const string RuleSection = """
        [*.{md,txt}]
        closelint_diagnostic.CL0001.severity = warning
        closelint_diagnostic.CL0002.severity = error   # an ask must be clear
        closelint_diagnostic.CL0005.severity = suggestion
        closelint_summary_max_seconds = 45
        closelint_speaking_rate_wpm = 150

        [drafts/**]
        closelint_diagnostic.CL0003.severity = none

        """;

    private DirectoryInfo _root = null!;
    private string _script = null!;
    private string _text = null!;
    private AnalyzerConfigSet _warm = null!;
    private int _unseen;

    [GlobalSetup]
    public void Setup()
    {
        _root = Directory.CreateTempSubdirectory("closelint-bench-config-");
        var folder = Path.Combine(_root.FullName, "class", "week 3", "ana");
        Directory.CreateDirectory(folder);
        _text = "root = true\n\n" + RuleSection + RuleSection.Replace("*.{md,txt}", "week*/**/*.md", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_root.FullName, ".editorconfig"), _text);
        File.WriteAllText(Path.Combine(_root.FullName, "class", ".editorconfig"), RuleSection);
        File.WriteAllText(Path.Combine(folder, ".editorconfig"), "[*.md]\ncloselint_summary_max_seconds = 30\n");
        _script = Path.Combine(folder, "closing.md");
        _warm = new AnalyzerConfigSet();
        _warm.GetOptions(_script);
    }

    [GlobalCleanup]
    public void Cleanup() => _root.Delete(recursive: true);

    [Benchmark(Description = "Parse one .editorconfig (24 lines), globs built before")]
    public EditorConfigFile ParseFile() => EditorConfigFile.Parse(_text, "/bench/.editorconfig");

    [Benchmark(Description = "Options for a script, 3 files, new set")]
    public AnalyzerOptions OptionsCold() => new AnalyzerConfigSet().GetOptions(_script);

    [Benchmark(Description = "Options for a script, 3 files, cached")]
    public AnalyzerOptions OptionsWarm() => _warm.GetOptions(_script);

    [Benchmark(Description = "Parse one .editorconfig (24 lines), globs never seen")]
    public EditorConfigFile ParseFileWithNewGlobs() =>
        EditorConfigFile.Parse(_text.Replace("]\n", $"{++_unseen}]\n", StringComparison.Ordinal), "/bench/.editorconfig");
}
