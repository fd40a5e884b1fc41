using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.Text;

namespace CloseLint.CodeFixes;

/// <summary>Finds the fixes for diagnostics and applies many of them at once (as <c>closelint check --fix</c> does).</summary>
public sealed class CodeFixService
{
    private readonly ImmutableDictionary<string, ImmutableArray<CodeFixProvider>> _providersById;

    /// <summary>Creates a service over <paramref name="providers"/>.</summary>
    public CodeFixService(IEnumerable<CodeFixProvider> providers)
    {
        Providers = [.. providers];
        _providersById = Providers
            .SelectMany(p => p.FixableDiagnosticIds.Select(id => (id, p)))
            .GroupBy(x => x.id, StringComparer.OrdinalIgnoreCase)
            .ToImmutableDictionary(g => g.Key, g => g.Select(x => x.p).ToImmutableArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The providers.</summary>
    public ImmutableArray<CodeFixProvider> Providers { get; }

    /// <summary>True when some provider fixes rule <paramref name="id"/>.</summary>
    public bool CanFix(string id) => _providersById.ContainsKey(id);

    /// <summary>Every fix offered for <paramref name="diagnostic"/>. A provider that throws offers none.</summary>
    public async Task<ImmutableArray<CodeAction>> GetFixesAsync(AnalysisResult result, Diagnostic diagnostic,
        AnalyzerOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (!_providersById.TryGetValue(diagnostic.Id, out var providers)) return [];
        var actions = ImmutableArray.CreateBuilder<CodeAction>();
        foreach (var provider in providers)
        {
            var context = new CodeFixContext(result, diagnostic, options, cancellationToken);
            try
            {
                await provider.RegisterCodeFixesAsync(context).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                continue;
            }

            foreach (var action in context.Actions)
                if (action.Changes.All(c => c.Span.End <= result.Document.Text.Length)) actions.Add(action);
        }

        return actions.DrainToImmutable();
    }

    /// <summary>
    /// Applies the first fix of each diagnostic, skipping a fix whose changes overlap one already taken, and returns
    /// the new text and how many fixes it applied. Run it again on the result to pick up what was skipped.
    /// </summary>
    public async Task<(SourceText Text, int Applied)> FixAllAsync(AnalysisResult result, AnalyzerOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var taken = new List<TextChange>();
        var applied = 0;
        foreach (var diagnostic in result.Diagnostics)
        {
            var fixes = await GetFixesAsync(result, diagnostic, options, cancellationToken).ConfigureAwait(false);
            if (fixes.IsEmpty) continue;
            var changes = fixes[0].Changes;
            if (changes.Any(c => taken.Any(t => Conflicts(c, t)))) continue;
            taken.AddRange(changes);
            applied++;
        }

        return (result.Document.Text.WithChanges(taken), applied);
    }

    private static bool Conflicts(TextChange a, TextChange b) =>
        a.Span.OverlapsWith(b.Span) || (a.Span.IsEmpty && b.Span.IsEmpty && a.Span.Start == b.Span.Start)
        || (a.Span.IsEmpty && b.Span.Contains(a.Span.Start)) || (b.Span.IsEmpty && a.Span.Contains(b.Span.Start));
}
