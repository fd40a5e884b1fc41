using System.Collections.Immutable;

namespace CloseLint.Syntax;

/// <summary>
/// Where a Markdown document can be cut into pieces that Markdig reads exactly as it reads them inside the whole
/// document, so an edit reparses only the pieces it touched. A cut goes before a line that starts with a letter in
/// the first column after a blank line (spaces and tabs only): such a line always starts a new top-level paragraph,
/// since after a blank line no list item (it would need indentation), block quote (it would need <c>&gt;</c>),
/// paragraph (no lazy continuation) or HTML block of kinds 6–7 goes on. The constructs that do reach across blank
/// lines are handled whole: no cut inside an HTML comment (from the line it starts on), and a document with a
/// code fence, front matter, a link reference definition (they change links anywhere) or another HTML block that
/// may span blank lines (<c>&lt;script</c>, <c>&lt;pre</c>, <c>&lt;style</c>, <c>&lt;textarea</c>, <c>&lt;?</c>,
/// <c>&lt;!X</c>, <c>&lt;![CDATA[</c>) is not cut at all.
/// </summary>
internal static class MarkdownChunks
{
    private static readonly string[] RawHtmlStarts = ["<script", "<pre", "<style", "<textarea", "<?", "<!"];

    /// <summary>The pieces, covering the text in order; empty when the document is not to be cut.</summary>
    public static List<ProseBlock> Find(string source, ImmutableArray<CommentTrivia> comments)
    {
        var chunks = new List<ProseBlock>();
        if (source.AsSpan().TrimStart('\uFEFF').StartsWith("---", StringComparison.Ordinal) || source.Contains("]:", StringComparison.Ordinal))
            return chunks;

        var chunkStart = 0;
        var previousBlank = false;
        var comment = 0;
        var position = 0;
        while (position < source.Length)
        {
            var lineEnd = source.AsSpan(position).IndexOfAny('\r', '\n');
            lineEnd = lineEnd < 0 ? source.Length : position + lineEnd;
            var line = source.AsSpan(position, lineEnd - position);
            var content = line.TrimStart(" \t");
            if (content.StartsWith("```", StringComparison.Ordinal) || content.StartsWith("~~~", StringComparison.Ordinal)) return [];
            foreach (var start in RawHtmlStarts)
            {
                if (content.StartsWith(start, StringComparison.OrdinalIgnoreCase) && !content.StartsWith("<!--", StringComparison.Ordinal))
                    return [];
            }

            // Comments that end before this line no longer matter; one that started on or before it forbids a cut here.
            while (comment < comments.Length && comments[comment].Span.End <= position) comment++;
            var inComment = comment < comments.Length && comments[comment].Span.Start < lineEnd;
            if (previousBlank && position > chunkStart && !inComment && line.Length > 0 && char.IsLetter(line[0]))
            {
                chunks.Add(new ProseBlock(chunkStart, position));
                chunkStart = position;
            }

            previousBlank = line.Trim(" \t").IsEmpty;
            position = lineEnd;
            if (position < source.Length && source[position] == '\r') position++;
            if (position < source.Length && source[position] == '\n') position++;
        }

        chunks.Add(new ProseBlock(chunkStart, source.Length));
        return chunks;
    }
}
