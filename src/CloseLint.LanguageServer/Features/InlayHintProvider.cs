using System.Collections.Immutable;
using System.Globalization;
using CloseLint.LanguageServer.Diagnostics;
using CloseLint.LanguageServer.Protocol;
using CloseLint.Speaking;
using CloseLint.Text;

namespace CloseLint.LanguageServer.Features;

/// <summary>
/// Spoken length hints: "~24 s" after each paragraph, and after a heading the length of its whole section when the
/// section has more than one paragraph.
/// </summary>
internal static class InlayHintProvider
{
    public static ImmutableArray<InlayHint> GetHints(DocumentAnalysis analysis, LspRange? range, ProtocolConversions conversions)
    {
        var document = analysis.Result.Document;
        var text = document.Text;
        var visible = range is null ? new TextSpan(0, text.Length) : conversions.GetSpan(text, range);
        var estimator = SpeakingTimeEstimator.FromOptions(analysis.Options);
        var hints = ImmutableArray.CreateBuilder<InlayHint>();
        var paragraphsPerSection = new int[document.Sections.Length];
        foreach (var paragraph in document.Paragraphs) paragraphsPerSection[paragraph.SectionIndex]++;

        foreach (var section in document.Sections)
        {
            if (section.HeadingSpan is not { } heading || !visible.IntersectsWith(heading)) continue;
            if (paragraphsPerSection[section.Index] < 2) continue;
            var seconds = estimator.Seconds(document.GetSentences(section));
            hints.Add(Hint(text, heading.End, seconds, "Spoken length of this section", estimator, conversions));
        }

        foreach (var paragraph in document.Paragraphs)
        {
            if (paragraph.SentenceCount == 0 || !visible.IntersectsWith(paragraph.Span)) continue;
            var seconds = estimator.Seconds(document.GetSentences(paragraph));
            hints.Add(Hint(text, paragraph.Span.End, seconds, "Spoken length of this paragraph", estimator, conversions));
        }

        hints.Sort((a, b) => a.Position.Line != b.Position.Line ? a.Position.Line.CompareTo(b.Position.Line) : a.Position.Character.CompareTo(b.Position.Character));
        return hints.DrainToImmutable();
    }

    private static InlayHint Hint(SourceText text, int offset, double seconds, string what, SpeakingTimeEstimator estimator, ProtocolConversions conversions) => new()
    {
        Position = conversions.GetPosition(text, offset),
        Label = "~" + SpokenDuration.Format(seconds),
        Tooltip = string.Create(CultureInfo.InvariantCulture, $"{what}: about {seconds:0.#} s at {estimator.WordsPerMinute:0.#} words a minute"),
        PaddingLeft = true,
    };
}
