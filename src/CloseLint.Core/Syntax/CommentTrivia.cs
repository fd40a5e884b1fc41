using CloseLint.Text;

namespace CloseLint.Syntax;

/// <summary>An HTML comment <c>&lt;!-- … --&gt;</c>: not prose, but where suppressions live.</summary>
/// <param name="Span">The whole comment, delimiters included.</param>
/// <param name="Content">The text between the delimiters, trimmed.</param>
public sealed record CommentTrivia(TextSpan Span, string Content);
