using CloseLint.Text;

namespace CloseLint.Syntax;

/// <summary>
/// A spoken word: a run of non-space characters with at least one letter or digit, trimmed of surrounding
/// punctuation. "$4.5M", "24-bed", "don't" and "99.6%" are one word each.
/// </summary>
public readonly record struct WordToken(TextSpan Span, string Text);
