using CloseLint.Cli.Inputs;
using CloseLint.Cli.Loading;
using CloseLint.Cli.Tests.Infrastructure;
using CloseLint.Text;
using Shouldly;

namespace CloseLint.Cli.Tests.Units;

public sealed class DocxTextTests
{
    [Fact]
    public void Reads_paragraphs_separated_by_blank_lines_with_headings_marked()
    {
        var (text, prefixes) = DocxText.Read(Docx.Create("# Summary", "I ran a café. 😀 Really.", "", "# Ask", "What are the next steps?"));

        text.ShouldBe("# Summary\n\nI ran a café. 😀 Really.\n\n\n\n# Ask\n\nWhat are the next steps?");
        prefixes.ShouldBe([2, 0, 0, 2, 0]);
    }

    [Fact]
    public void Maps_text_positions_to_paragraph_and_character()
    {
        var (text, prefixes) = DocxText.Read(Docx.Create("# Summary", "I ran a café. 😀 Really.", "# Ask", "Next steps?"));
        var unit = ScriptUnit.FromDocx(new InputFile("a.docx", "/tmp/a.docx", InputKind.Docx), SourceText.From(text), prefixes);
        var source = unit.Text;

        unit.ToReported(source.GetLinePosition(text.IndexOf("Really", StringComparison.Ordinal))).ShouldBe(new LinePosition(1, 17));
        unit.ToReported(source.GetLinePosition(text.IndexOf("Ask", StringComparison.Ordinal))).ShouldBe(new LinePosition(2, 0));
        unit.ToReported(source.GetLinePosition(text.IndexOf("steps", StringComparison.Ordinal))).ShouldBe(new LinePosition(3, 5));
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3 })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0 })]
    public void Refuses_bytes_that_are_not_a_word_document(byte[] bytes) =>
        Should.Throw<InvalidDataException>(() => DocxText.Read(bytes));
}
