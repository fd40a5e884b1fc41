using System.Collections.Immutable;
using CloseLint.Syntax;

namespace CloseLint.Fuzz;

/// <summary>Every fuzzing target, by name. The corpus of target <c>x</c> lives in <c>tests/fuzz/corpus/x/</c>.</summary>
public static class FuzzTargets
{
    /// <summary>All targets, in the order <c>run.sh all</c> runs them.</summary>
    public static ImmutableArray<FuzzTarget> All { get; } =
    [
        new("parse-plain", "ScriptDocument.Parse of plain text, with document invariants", b => CoreTargets.Parse(b, ScriptFormat.PlainText)),
        new("parse-markdown", "ScriptDocument.Parse of Markdown (Markdig), with document invariants", b => CoreTargets.Parse(b, ScriptFormat.Markdown)),
        new("sentences", "SentenceSplitter.Split", CoreTargets.Sentences),
        new("editorconfig", "EditorConfigFile.Parse, EditorConfigGlob and AnalyzerConfigSet.Merge", CoreTargets.EditorConfig),
        new("suppressions", "SuppressionMap.TryParse and SuppressionMap over a document", CoreTargets.Suppressions),
        new("sourcetext", "SourceText.From(bytes), WithChanges and the line map against a string model", CoreTargets.SourceTextEdits),
        new("analyze", "AnalyzerDriver with every built-in rule, then every offered code fix", CoreTargets.Analyze),
        new("lsp", "A whole in-process language server reading the bytes as its input stream", HostTargets.Lsp),
        new("csv", "The CLI's CSV/TSV form reader (CsvScripts.Read)", HostTargets.Csv),
        new("docx", "The CLI's Word reader (DocxText.Read)", HostTargets.Docx),
    ];

    /// <summary>The target called <paramref name="name"/>.</summary>
    public static FuzzTarget? Find(string name) => All.FirstOrDefault(t => t.Name.Equals(name, StringComparison.Ordinal));
}
