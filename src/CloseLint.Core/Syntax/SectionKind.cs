namespace CloseLint.Syntax;

/// <summary>The part of a closing script a section's heading names.</summary>
public enum SectionKind
{
    /// <summary>No heading, or one that names no part.</summary>
    Unknown,

    /// <summary>"Summary", "My 30-second pitch", "Why me", "Fit".</summary>
    Summary,

    /// <summary>"Concern question", "Objections".</summary>
    Concern,

    /// <summary>"Ask", "Next steps", "The close".</summary>
    Ask,
}
