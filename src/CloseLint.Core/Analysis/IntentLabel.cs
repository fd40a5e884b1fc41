namespace CloseLint.Analysis;

/// <summary>What a sentence does in a closing script.</summary>
public enum IntentLabel
{
    /// <summary>Anything else: thanks, small talk, questions about the job or the company.</summary>
    Other = 0,

    /// <summary>A modest statement of the candidate's qualifications or fit.</summary>
    Summary = 1,

    /// <summary>An invitation to name a doubt about the candidate.</summary>
    Concern = 2,

    /// <summary>Interest in this position, or a question about this hiring process's next steps.</summary>
    Ask = 3,

    /// <summary>A salesy or manipulative closing move.</summary>
    Gimmick = 4,
}
