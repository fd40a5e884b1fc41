using CloseLint.Analysis;
using CloseLint.CodeFixes;

namespace CloseLint.Testing;

/// <summary>Short forms of <see cref="AnalyzerTest{TAnalyzer}"/> for an analyzer and its code fix.</summary>
public static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>An expected diagnostic of the analyzer's only descriptor.</summary>
    public static DiagnosticResult Diagnostic() => AnalyzerVerifier<TAnalyzer>.Diagnostic();

    /// <summary>An expected diagnostic with <paramref name="id"/>.</summary>
    public static DiagnosticResult Diagnostic(string id) => new(id);

    /// <summary>Checks the diagnostics (see <see cref="AnalyzerVerifier{TAnalyzer}.DiagnosticsAsync"/>).</summary>
    public static Task DiagnosticsAsync(string markup, params DiagnosticResult[] expected) => AnalyzerVerifier<TAnalyzer>.DiagnosticsAsync(markup, expected);

    /// <summary>Checks that nothing is reported.</summary>
    public static Task NoDiagnosticsAsync(string text) => AnalyzerVerifier<TAnalyzer>.NoDiagnosticsAsync(text);

    /// <summary>Checks the diagnostics, then applies the first fix until nothing is fixable and compares the text.</summary>
    public static Task CodeFixAsync(string markup, string fixedText, params DiagnosticResult[] expected) =>
        new AnalyzerTest<TAnalyzer> { Markup = markup, Expected = [.. expected], CodeFix = new TCodeFix(), FixedText = fixedText }.RunAsync();
}
