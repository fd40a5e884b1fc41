using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CloseLint.Cli.Tests.Infrastructure;

/// <summary>Builds small Word documents for the tests.</summary>
public static class Docx
{
    /// <summary>A document with one paragraph a string; a paragraph starting with "# " gets the Heading1 style.</summary>
    public static byte[] Create(params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new W.Body();
            foreach (var text in paragraphs)
            {
                var paragraph = new W.Paragraph();
                var content = text;
                if (text.StartsWith("# ", StringComparison.Ordinal))
                {
                    paragraph.ParagraphProperties = new W.ParagraphProperties(new W.ParagraphStyleId { Val = "Heading1" });
                    content = text[2..];
                }

                paragraph.Append(new W.Run(new W.Text(content) { Space = SpaceProcessingModeValues.Preserve }));
                body.Append(paragraph);
            }

            main.Document = new W.Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }
}
