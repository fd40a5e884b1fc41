using CloseLint.Text;

namespace CloseLint.Cli.Checking;

/// <summary>What <c>--fix</c> did (or, with <c>--dry-run</c>, would do) to one file.</summary>
/// <param name="Original">The text before.</param>
/// <param name="Fixed">The text after every pass of fixes.</param>
/// <param name="Applied">How many fixes were applied.</param>
/// <param name="Written">True when the file was rewritten.</param>
internal sealed record FixOutcome(SourceText Original, SourceText Fixed, int Applied, bool Written)
{
    /// <summary>True when the fixes changed the text.</summary>
    public bool Changed => Applied > 0 && !Original.ToString().Equals(Fixed.ToString(), StringComparison.Ordinal);
}
