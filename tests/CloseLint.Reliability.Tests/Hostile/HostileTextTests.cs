using System.Text;
using CloseLint.Fuzz;
using CloseLint.Syntax;
using CloseLint.Text;
using Shouldly;

namespace CloseLint.Reliability.Tests.Hostile;

/// <summary>Broken and extreme text: every case is read or refused with a specific message, never a crash or a hang.</summary>
public sealed class HostileTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\n\n")]
    [InlineData("\t \r\n \r \n")]
    [InlineData("\u00A0\u2003\u3000")]
    public void Empty_and_whitespace_only_text_parses_to_one_section_without_sentences(string text)
    {
        foreach (var format in new[] { ScriptFormat.PlainText, ScriptFormat.Markdown })
        {
            var document = ScriptDocument.Parse(text, format: format);
            document.Sentences.ShouldBeEmpty();
            document.Sections.Length.ShouldBe(1);
            document.Sections[0].Span.End.ShouldBe(text.Length);
        }
    }

    [Fact]
    public void Nul_bytes_are_refused_as_binary_with_their_offset()
    {
        byte[] bytes = [.. "PK\u0003\u0004 header"u8, 0, 1, 2, .. "more"u8];
        var error = Should.Throw<TextDecodingException>(() => SourceText.From(bytes));
        error.Message.ShouldBe("binary data: a NUL byte at byte offset 11");
        error.ByteOffset.ShouldBe(11);
    }

    [Fact]
    public void Random_binary_data_is_refused_not_parsed()
    {
        var random = new Random(8);
        var bytes = new byte[64 * 1024];
        random.NextBytes(bytes);
        bytes[100] = 0;
        var error = Should.Throw<TextDecodingException>(() => SourceText.From(bytes));
        error.ByteOffset.ShouldBeLessThanOrEqualTo(100);
    }

    [Fact]
    public void Invalid_utf8_is_refused_with_its_line_column_and_byte_offset()
    {
        byte[] bytes = [.. "I led a team.\r\nJosé said "u8, 0xC3, 0x28, .. " ok"u8];
        var error = Should.Throw<TextDecodingException>(() => SourceText.From(bytes));
        error.Message.ShouldBe("invalid UTF-8 at line 2, column 11 (byte offset 26)");
        error.Position.ShouldBe(new LinePosition(1, 10));
    }

    [Fact]
    public void Invalid_utf8_after_a_bom_reports_the_offset_in_the_file()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "ab"u8, 0xFF];
        Should.Throw<TextDecodingException>(() => SourceText.From(bytes)).ByteOffset.ShouldBe(5);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_a_bom_is_decoded_and_the_bom_dropped(bool bigEndian)
    {
        const string text = "Summary: José led 🎉 a team.\r\nAsk: next steps?";
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var source = SourceText.From([.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
        source.ToString().ShouldBe(text);
        source.HadByteOrderMark.ShouldBeTrue();
        ScriptDocument.Parse(source).Sentences.Length.ShouldBe(2);
    }

    [Fact]
    public void Utf16_cut_in_half_a_code_unit_is_refused_with_a_message()
    {
        byte[] bytes = [0xFF, 0xFE, (byte)'h', 0, (byte)'i'];
        var error = Should.Throw<TextDecodingException>(() => SourceText.From(bytes));
        error.Message.ShouldStartWith("invalid UTF-16");
    }

    [Theory]
    [InlineData(ScriptFormat.PlainText)]
    [InlineData(ScriptFormat.Markdown)]
    public void A_ten_megabyte_line_without_a_newline_is_read_in_bounded_time(ScriptFormat format)
    {
        var line = string.Concat(Enumerable.Repeat("I led the team and we shipped it ", 10 * 1024 * 1024 / 33));
        var document = WithTimeout.Run(() => ScriptDocument.Parse(line, format: format));
        document.Text.LineCount.ShouldBe(1);
        document.Sentences.Length.ShouldBe(1);
        document.Sentences[0].Words.Length.ShouldBe(line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData(ScriptFormat.PlainText)]
    [InlineData(ScriptFormat.Markdown)]
    public void Ten_thousand_headings_make_ten_thousand_sections(ScriptFormat format)
    {
        var text = string.Concat(Enumerable.Range(0, 10_000).Select(i => $"# Summary {i}\nI led team {i}.\n\n"));
        var document = WithTimeout.Run(() => ScriptDocument.Parse(text, format: format));
        document.Sections.Length.ShouldBe(10_000);
        document.Sentences.Length.ShouldBe(10_000);
        DocumentInvariants.Check(document);
    }
}
