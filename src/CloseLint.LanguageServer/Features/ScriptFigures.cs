using CloseLint.Intent;
using CloseLint.LanguageServer.Diagnostics;
using CloseLint.Speaking;

namespace CloseLint.LanguageServer.Features;

/// <summary>The whole script's figures, shown in the code lens and sent as <c>closelint/scriptStats</c>.</summary>
internal sealed record ScriptFigures(double SpeakingSeconds, double SummarySeconds, bool HasSummary, bool HasConcern, AskParts AskParts)
{
    public bool HasAsk => AskParts == AskParts.Both;

    public static ScriptFigures From(DocumentAnalysis analysis)
    {
        var outline = ScriptOutline.Create(analysis.Result);
        var estimator = SpeakingTimeEstimator.FromOptions(analysis.Options);
        return new ScriptFigures(SpokenWordCounts.Seconds(analysis.Result.Document, estimator), outline.SummarySeconds(estimator), !outline.Summary.IsEmpty,
            outline.HasConcernQuestion, outline.AskParts);
    }

    /// <summary>"about 48 s spoken · summary 24 s · concern question ✓ · ask ✗".</summary>
    public string ToLensTitle()
    {
        var summary = HasSummary ? "summary " + SpokenDuration.Format(SummarySeconds) : "no summary";
        var ask = AskParts switch
        {
            AskParts.Both => "ask ✓",
            AskParts.Interest => "ask ✗ (no next-steps question)",
            AskParts.NextSteps => "ask ✗ (no statement of interest)",
            _ => "ask ✗",
        };
        return $"about {SpokenDuration.Format(SpeakingSeconds)} spoken · {summary} · concern question {(HasConcern ? "✓" : "✗")} · {ask}";
    }
}
