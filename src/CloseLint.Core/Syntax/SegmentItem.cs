namespace CloseLint.Syntax;

/// <summary>A heading or a paragraph of a <see cref="ProseSegment"/>.</summary>
/// <param name="Start">A heading's start, relative to the segment.</param>
/// <param name="End">A heading's end, relative to the segment.</param>
/// <param name="Heading">A heading's text; null for a paragraph.</param>
/// <param name="Paragraph">A paragraph's index relative to the segment's first paragraph.</param>
internal readonly record struct SegmentItem(int Start, int End, string? Heading, int Paragraph);
