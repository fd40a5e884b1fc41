using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.Syntax;

namespace CloseLint.CodeFixes;

/// <summary>What a code fix provider sees: one diagnostic, its document and the analysis it came from.</summary>
public sealed class CodeFixContext
{
    private readonly List<CodeAction> _actions = [];

    /// <summary>Creates a context for one diagnostic of <paramref name="result"/>.</summary>
    public CodeFixContext(AnalysisResult result, Diagnostic diagnostic, AnalyzerOptions? options = null, CancellationToken cancellationToken = default)
    {
        Result = result ?? throw new ArgumentNullException(nameof(result));
        Diagnostic = diagnostic ?? throw new ArgumentNullException(nameof(diagnostic));
        Options = options ?? AnalyzerOptions.Empty;
        CancellationToken = cancellationToken;
    }

    /// <summary>The analysis the diagnostic came from (document and sentence intents).</summary>
    public AnalysisResult Result { get; }

    /// <summary>The document.</summary>
    public ScriptDocument Document => Result.Document;

    /// <summary>The diagnostic to fix.</summary>
    public Diagnostic Diagnostic { get; }

    /// <summary>The document's configuration.</summary>
    public AnalyzerOptions Options { get; }

    /// <summary>Cancels the work.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The fixes registered so far.</summary>
    public ImmutableArray<CodeAction> Actions => [.. _actions];

    /// <summary>Offers a fix.</summary>
    public void RegisterCodeFix(CodeAction action) => _actions.Add(action ?? throw new ArgumentNullException(nameof(action)));
}
