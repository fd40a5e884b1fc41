using CloseLint.Text;

namespace CloseLint.PhraseLists;

/// <summary>One phrase found in a sentence.</summary>
/// <param name="Span">Where the phrase is in the document.</param>
/// <param name="Text">The phrase as written, with runs of whitespace collapsed to one space.</param>
/// <param name="Category">The list entry's category, such as <c>assumptive-close</c> or <c>apology</c>.</param>
/// <param name="Suggestion">A plain alternative to put in its place, an empty string to remove it, or null when there is none.</param>
public sealed record PhraseMatch(TextSpan Span, string Text, string Category, string? Suggestion);
