namespace CloseLint.Intent;

/// <summary>The two halves of asking for the job.</summary>
[Flags]
public enum AskParts
{
    /// <summary>Neither half.</summary>
    None = 0,

    /// <summary>Saying you want this position.</summary>
    Interest = 1,

    /// <summary>Asking about next steps, timeline or the decision.</summary>
    NextSteps = 2,

    /// <summary>Both halves.</summary>
    Both = Interest | NextSteps,
}
