using CloseLint.Syntax;

namespace CloseLint.Intent;

/// <summary>
/// Whether a sentence says why the candidate fits this organization, not just what they have done: it speaks to
/// the interviewer or the place ("your unit", "here", "the families you described", "this team"), or names fit
/// itself ("would suit", "lines up with", "your mission").
/// </summary>
internal static class OrganizationFit
{
    private static readonly PatternSet Cue = PatternSet.Words(
        "you|your|yours|you're|you've|you'd|you'll|y'all|here|this (\\w+ )?(team|unit|ward|school|company|organi[sz]ation|practice|firm|department|store|hospital|clinic|kitchen|crew|group|branch|site|office|role|position|job|post|district|trust|charity|agency|board|community|program|programme|restaurant|hotel|lab|business|place|city|area)" +
        "|the (team|unit|ward|school|company|organi[sz]ation|practice|firm|department|store|hospital|clinic|kitchen|crew|branch|site|role|position|job|post|board|community|district|trust)( here)?" +
        "|(would|will|could|should|to) (fit|suit|complement|translate|transfer|carry over|align|match|mesh|slot)|(fits|suits|complements|aligns|matches|meshes) |(a )?(good|great|strong|natural|real|close) (fit|match)|right (fit|match|person)" +
        "|mission|values|ethos|culture|vision|the way you work|way of working|what you('re| are) (building|doing|looking for|after)|where (\\w+ )?(is|are) (headed|heading|going)|matters (a lot )?(on|in|at|to|for)");

    /// <summary>True when <paramref name="sentence"/> says why the candidate fits the place, not only what they have done.</summary>
    public static bool IsNamedIn(SentenceSyntax sentence) => Cue.IsMatch(IntentText.Normalize(sentence.Text));

    /// <summary>True when <paramref name="sentence"/> is thanks, small talk or an availability fact rather than content.</summary>
    public static bool IsPleasantry(SentenceSyntax sentence) => SummaryPatterns.IsClearlyNotSummary(IntentText.Normalize(sentence.Text));
}
