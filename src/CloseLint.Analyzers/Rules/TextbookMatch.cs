using CloseLint.Text;

namespace CloseLint.Rules;

/// <summary>How closely some words follow one of the <see cref="TextbookLines.Lines"/>.</summary>
/// <param name="Line">The index of the line in <see cref="TextbookLines.Lines"/>.</param>
/// <param name="Similarity">1 for a word-for-word copy, down to 0.</param>
/// <param name="Span">The run of words that follows the line.</param>
internal sealed record TextbookMatch(int Line, double Similarity, TextSpan Span)
{
    /// <summary>True for a word-for-word copy (case, apostrophes, spacing and punctuation aside).</summary>
    public bool IsVerbatim => Similarity >= 1.0;
}
