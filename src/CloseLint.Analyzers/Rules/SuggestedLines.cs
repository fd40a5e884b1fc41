namespace CloseLint.Rules;

/// <summary>
/// The lines the structure fixes insert. They are worded in plain, everyday English and deliberately unlike the
/// textbook lines CL0007 flags, so a fix never trades one warning for another; the candidate is expected to make
/// them their own.
/// </summary>
internal static class SuggestedLines
{
    /// <summary>Invites a doubt about the candidate (CL0003).</summary>
    public const string ConcernQuestion = "Is there anything about my experience that would make you hesitate to move me forward?";

    /// <summary>States interest in the position (CL0004, CL0009).</summary>
    public const string Interest = "I'd really like this role.";

    /// <summary>Asks about the rest of the process (CL0004, CL0009).</summary>
    public const string NextSteps = "What does the rest of the process look like?";
}
