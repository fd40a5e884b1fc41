using CloseLint.Intent;

namespace CloseLint.Cli.Checking;

/// <summary>What a coach reads about one script besides its findings.</summary>
/// <param name="SpeakingSeconds">Seconds to say the whole script.</param>
/// <param name="SummarySeconds">Seconds to say its summary.</param>
/// <param name="HasConcernQuestion">True when it invites a concern.</param>
/// <param name="AskParts">Which halves of the ask are there.</param>
/// <param name="GimmickCount">Gimmick sentences.</param>
internal sealed record ScriptFigures(double SpeakingSeconds, double SummarySeconds, bool HasConcernQuestion, AskParts AskParts, int GimmickCount)
{
    /// <summary>True when both halves of the ask are there.</summary>
    public bool HasFullAsk => AskParts == AskParts.Both;
}
