using System.Collections.Immutable;

namespace CloseLint.Syntax;

/// <summary>
/// What one piece of a document (a plain-text block of non-blank lines, or a Markdown chunk, see
/// <see cref="MarkdownChunks"/>) parsed to, kept so that a later version of the text can reuse it: the piece's parse
/// depends only on its own text, the HTML comments over it and whether it is the title, never on the rest.
/// </summary>
/// <param name="Start">Where the block starts in its document.</param>
/// <param name="Length">The block's length, with its last line break.</param>
/// <param name="IsTitle">True when the block was read as the worksheet's title.</param>
/// <param name="HasComments">True when an HTML comment overlaps the block (it is then never reused).</param>
/// <param name="Items">Its headings and paragraphs in order, relative to <paramref name="Start"/> and <paramref name="FirstParagraph"/>.</param>
/// <param name="FirstParagraph">The index of its first paragraph in its document.</param>
internal sealed record ProseSegment(int Start, int Length, bool IsTitle, bool HasComments, ImmutableArray<SegmentItem> Items, int FirstParagraph);
