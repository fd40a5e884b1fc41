using System.Globalization;
using System.Text;
using CloseLint.Analysis;
using CloseLint.LanguageServer.Configuration;
using CloseLint.LanguageServer.Diagnostics;
using CloseLint.LanguageServer.Protocol;
using CloseLint.Speaking;
using CloseLint.Text;

namespace CloseLint.LanguageServer.Features;

/// <summary>Hovers: on a diagnostic, its rule's explanation; on the summary, how long it takes to say.</summary>
internal sealed class HoverProvider(RuleDocumentation documentation)
{
    public Hover? GetHover(DocumentAnalysis analysis, LspPosition position, ProtocolConversions conversions)
    {
        var text = analysis.Snapshot.Text;
        var offset = conversions.GetOffset(text, position);
        var parts = new List<string>();
        TextSpan? range = null;

        foreach (var diagnostic in analysis.Result.Diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            if (diagnostic.Severity == DiagnosticSeverity.Hidden || !Touches(span, offset)) continue;
            var markdown = documentation.GetMarkdown(diagnostic.Descriptor);
            if (!parts.Contains(markdown)) parts.Add(markdown);
            range = range is { } r ? TextSpan.FromBounds(Math.Min(r.Start, span.Start), Math.Max(r.End, span.End)) : span;
        }

        var outline = ScriptOutline.Create(analysis.Result);
        if (outline.SummarySpan is { } summary && Touches(summary, offset))
        {
            parts.Add(DescribeSummary(outline, analysis.Options));
            range ??= summary;
        }

        return parts.Count == 0 || range is not { } hoverSpan
            ? null
            : new Hover(MarkupContent.Markdown(string.Join("\n\n---\n\n", parts)), conversions.GetRange(text, hoverSpan));
    }

    private static string DescribeSummary(ScriptOutline outline, AnalyzerOptions options)
    {
        var estimator = SpeakingTimeEstimator.FromOptions(options);
        var seconds = outline.SummarySeconds(estimator);
        var words = outline.Summary.Sum(SpeakingTimeEstimator.SpokenWords);
        var builder = new StringBuilder()
            .Append("**Summary** · about ").Append(SpokenDuration.Format(seconds)).Append(" spoken")
            .Append(CultureInfo.InvariantCulture, $" ({words} words at {estimator.WordsPerMinute:0.#} words a minute)");
        var limit = options.GetNumber(ClientSettings.SummaryMaxSecondsKey, double.NaN, min: 1);
        if (!double.IsNaN(limit)) builder.Append(CultureInfo.InvariantCulture, $"; the limit is {limit:0.#} s");
        return builder.ToString();
    }

    private static bool Touches(TextSpan span, int offset) => offset >= span.Start && offset <= span.End;
}
