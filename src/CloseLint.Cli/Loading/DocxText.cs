using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace CloseLint.Cli.Loading;

/// <summary>
/// Reads the prose of a Word document: the body's paragraphs (tables included) in order, each on its own line with a
/// blank line between them so the plain-text parser sees paragraphs. Heading and title paragraphs get a <c># </c>
/// prefix, so they label sections as in a text script; the prefixes are returned so positions can be mapped back.
/// Deleted revisions and field codes are not text; tabs read as tabs and line breaks as spaces.
/// </summary>
internal static class DocxText
{
    /// <summary>The text and each paragraph's added prefix length.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a readable Word document.</exception>
    public static (string Text, int[] Prefixes) Read(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new InvalidDataException("the document has no body");
            var text = new StringBuilder();
            var prefixes = new List<int>();
            foreach (var paragraph in body.Descendants<Word.Paragraph>())
            {
                if (prefixes.Count > 0) text.Append("\n\n");
                var prefix = IsHeading(paragraph) ? "# " : string.Empty;
                prefixes.Add(prefix.Length);
                text.Append(prefix);
                AppendParagraph(text, paragraph);
            }

            return (text.ToString(), [.. prefixes]);
        }
        catch (Exception ex) when (ex is not (InvalidDataException or OutOfMemoryException or OperationCanceledException))
        {
            throw new InvalidDataException(ex.Message, ex);
        }
    }

    private static bool IsHeading(Word.Paragraph paragraph)
    {
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        return style is not null
            && (style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) || style.Equals("Title", StringComparison.OrdinalIgnoreCase));
    }

    private static void AppendParagraph(StringBuilder text, Word.Paragraph paragraph)
    {
        foreach (var element in paragraph.Descendants())
        {
            // A text box inside a paragraph holds paragraphs of its own; they are read in their own turn.
            if (element.Ancestors<Word.Paragraph>().FirstOrDefault() != paragraph) continue;
            switch (element)
            {
                case Word.Text run:
                    foreach (var c in run.Text) text.Append(c is '\r' or '\n' ? ' ' : c);
                    break;
                case Word.TabChar:
                    text.Append('\t');
                    break;
                case Word.Break or Word.CarriageReturn:
                    text.Append(' ');
                    break;
                case Word.NoBreakHyphen:
                    text.Append('-');
                    break;
            }
        }
    }
}
