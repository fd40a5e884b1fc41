using CloseLint.Text;

namespace CloseLint.Syntax;

/// <summary>A block of prose: a paragraph, or one list item.</summary>
/// <param name="Index">The paragraph's position in <see cref="ScriptDocument.Paragraphs"/>.</param>
/// <param name="Span">From the first to the last prose character.</param>
/// <param name="SectionIndex">The section the paragraph belongs to.</param>
/// <param name="FirstSentence">The index of its first sentence.</param>
/// <param name="SentenceCount">How many sentences it holds.</param>
public sealed record ParagraphSyntax(int Index, TextSpan Span, int SectionIndex, int FirstSentence, int SentenceCount);
