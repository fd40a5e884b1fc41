using CloseLint.Analysis;
using CloseLint.Cli.Inputs;
using CloseLint.Cli.Loading;

namespace CloseLint.Cli.Checking;

/// <summary>
/// A script with nothing but whitespace in it (an empty file, a blank CSV cell, a Word document without text) gets
/// one CL9004 saying so, instead of the rules' findings about the summary, concern question and ask it lacks: for a
/// coach those read as feedback on a script nobody wrote. It is a warning by default, so a CI gate with
/// <c>--fail-on warning</c> still fails on an empty script, and <c>.editorconfig</c> can change it like any rule's.
/// </summary>
internal static class EmptyScripts
{
    /// <summary>What is empty about <paramref name="unit"/> (the message), or null when it has something to check.</summary>
    public static string? Describe(ScriptUnit unit)
    {
        var text = unit.Text.ToString();
        if (!text.AsSpan().IsWhiteSpace()) return null;
        var what = unit.Row is not null ? "the script cell"
            : unit.Source.IsStandardInput ? "standard input"
            : unit.Source.Kind == InputKind.Docx ? "the document"
            : "the file";
        return $"{what} {(text.Length == 0 ? "is empty" : "holds only whitespace")}: there is no script to check";
    }

    /// <summary>
    /// The diagnostics an empty script reports: CloseLint's own (configuration problems, say) and one CL9004 at its
    /// configured severity; the rules' findings are dropped.
    /// </summary>
    public static IEnumerable<Diagnostic> Diagnostics(AnalysisResult result, AnalyzerOptions options, string message)
    {
        var own = result.Diagnostics.Where(d => d.Descriptor.Category == DiagnosticCategories.Internal).ToList();
        var descriptor = InternalDiagnostics.EmptyScript;
        if (options.GetSeverity(descriptor.Id).ToSeverity(descriptor.DefaultSeverity) is { } severity)
            own.Add(Diagnostic.Create(descriptor, Location.Create(result.Document, new Text.TextSpan(0, 0)), message).WithSeverity(severity));
        own.Sort(AnalyzerDriver.DiagnosticOrder);
        return own;
    }
}
