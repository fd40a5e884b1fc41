using CloseLint.Analysis;
using CloseLint.Syntax;

namespace CloseLint.Testing;

/// <summary>Short forms of <see cref="AnalyzerTest{TAnalyzer}"/> for one analyzer.</summary>
public static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>An expected diagnostic of the analyzer's only descriptor.</summary>
    public static DiagnosticResult Diagnostic() => new(new TAnalyzer().SupportedDiagnostics.Single().Id);

    /// <summary>An expected diagnostic with <paramref name="id"/>.</summary>
    public static DiagnosticResult Diagnostic(string id) => new(id);

    /// <summary>Checks that the marked spans (and <paramref name="expected"/>) are exactly the diagnostics reported.</summary>
    public static Task DiagnosticsAsync(string markup, params DiagnosticResult[] expected) =>
        new AnalyzerTest<TAnalyzer> { Markup = markup, Expected = [.. expected] }.RunAsync();

    /// <summary>Same, reading the text as Markdown.</summary>
    public static Task MarkdownDiagnosticsAsync(string markup, params DiagnosticResult[] expected) =>
        new AnalyzerTest<TAnalyzer> { Markup = markup, Expected = [.. expected], Format = ScriptFormat.Markdown, FilePath = "/test/closing.md" }.RunAsync();

    /// <summary>Checks that nothing is reported.</summary>
    public static Task NoDiagnosticsAsync(string text) => new AnalyzerTest<TAnalyzer> { Markup = text }.RunAsync();
}
