using CloseLint.Analysis;
using CloseLint.CodeFixes;

namespace CloseLint.Cli.Fixing;

/// <summary>
/// Applies every available fix to a script: one pass takes the first fix of each diagnostic that does not overlap
/// another, then the script is analyzed again so fixes that were skipped (or that a fix made possible) get their turn.
/// </summary>
internal sealed class ScriptFixer(AnalyzerDriver driver, CodeFixService fixes)
{
    /// <summary>Passes before giving up on fixes that keep producing fixes.</summary>
    public const int MaxPasses = 8;

    /// <summary>The result after fixing and how many fixes were applied.</summary>
    public async Task<(AnalysisResult Result, int Applied)> FixAsync(AnalysisResult result, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var applied = 0;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            if (!result.Diagnostics.Any(d => fixes.CanFix(d.Id))) break;
            var (text, count) = await fixes.FixAllAsync(result, options, cancellationToken).ConfigureAwait(false);
            if (count == 0 || ReferenceEquals(text, result.Document.Text)) break;
            applied += count;
            result = driver.Analyze(result.Document.WithText(text), options, cancellationToken);
        }

        return (result, applied);
    }
}
