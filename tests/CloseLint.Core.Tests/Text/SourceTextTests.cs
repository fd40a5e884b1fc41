using System.Text;
using CloseLint.Text;
using CsCheck;
using Shouldly;

namespace CloseLint.Core.Tests.Text;

public sealed class SourceTextTests
{
    [Theory]
    [InlineData("a\nb", new[] { 0, 2 })]
    [InlineData("a\r\nb", new[] { 0, 3 })]
    [InlineData("a\rb\r", new[] { 0, 2, 4 })]
    [InlineData("", new[] { 0 })]
    [InlineData("\n\r\n\r", new[] { 0, 1, 3, 4 })]
    public void Line_starts_follow_each_kind_of_line_break(string text, int[] starts)
    {
        var source = SourceText.From(text);
        Enumerable.Range(0, source.LineCount).Select(n => source.GetLine(n).Start).ShouldBe(starts);
    }

    [Fact]
    public void Line_excludes_its_break_and_crlf_is_never_split()
    {
        var source = SourceText.From("first\r\nsecond");
        var line = source.GetLine(0);
        (line.Start, line.End, line.EndIncludingLineBreak).ShouldBe((0, 5, 7));
        source.GetLinePosition(6).ShouldBe(new LinePosition(0, 6));
        source.IsInsideCharacter(6).ShouldBeTrue();
    }

    [Fact]
    public void Positions_count_utf16_code_units()
    {
        var source = SourceText.From("I 🎉 José\nnext");
        source.GetLinePosition(source.ToString().IndexOf('J')).ShouldBe(new LinePosition(0, 5));
        source.IsInsideCharacter(3).ShouldBeTrue();
        source.GetPosition(new LinePosition(1, 2)).ShouldBe(12);
    }

    [Fact]
    public void GetPosition_clamps_past_the_end_of_a_line_and_of_the_text()
    {
        var source = SourceText.From("ab\r\ncd");
        source.GetPosition(new LinePosition(0, 99)).ShouldBe(2);
        source.GetPosition(new LinePosition(9, 0)).ShouldBe(6);
    }

    [Fact]
    public void Decodes_utf8_bom_and_utf16_bom()
    {
        var utf8 = SourceText.From([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Zoë")]);
        utf8.ToString().ShouldBe("Zoë");
        utf8.HadByteOrderMark.ShouldBeTrue();

        var utf16 = SourceText.From([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Siobhán 🎓")]);
        utf16.ToString().ShouldBe("Siobhán 🎓");
    }

    [Fact]
    public void Invalid_utf8_reports_line_and_column()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("ok line\nab"), 0xC3, 0x28];
        var ex = Should.Throw<TextDecodingException>(() => SourceText.From(bytes));
        ex.ByteOffset.ShouldBe(10);
        ex.Position.ShouldBe(new LinePosition(1, 2));
        ex.Message.ShouldContain("line 2, column 3");
    }

    [Fact]
    public void Nul_bytes_are_reported_as_binary()
    {
        var ex = Should.Throw<TextDecodingException>(() => SourceText.From([0x41, 0x00, 0x42]));
        ex.Message.ShouldContain("binary");
    }

    [Fact]
    public void WithChanges_rejects_overlapping_changes()
    {
        var source = SourceText.From("abcdef");
        Should.Throw<ArgumentException>(() => source.WithChanges([new TextChange(new TextSpan(0, 3), "x"), new TextChange(new TextSpan(2, 2), "y")]));
    }

    [Fact]
    public void WithChanges_applies_changes_given_out_of_order()
    {
        var source = SourceText.From("one two three");
        source.WithChanges([new TextChange(new TextSpan(8, 5), "3"), TextChange.Insert(0, ">"), new TextChange(new TextSpan(4, 3), "2")])
            .ToString().ShouldBe(">one 2 3");
    }

    [Fact]
    public void Random_edit_sequences_match_plain_string_edits()
    {
        var alphabet = Pick("a", "b", " ", "\n", "\r\n", "\r", "🎉", "é", ".");
        var textGen = alphabet.Array[0, 30].Select(parts => string.Concat(parts));
        Gen.Select(textGen, Gen.Int[0, 1000].Array[1, 8], Gen.Int[0, 1000].Array[1, 8], textGen.Array[1, 8])
            .Sample((initial, starts, lengths, inserts) =>
            {
                var expected = initial;
                var source = SourceText.From(initial);
                for (var i = 0; i < Math.Min(starts.Length, Math.Min(lengths.Length, inserts.Length)); i++)
                {
                    var start = starts[i] % (expected.Length + 1);
                    var length = lengths[i] % (expected.Length - start + 1);
                    expected = expected.Remove(start, length).Insert(start, inserts[i]);
                    source = source.WithChanges(new TextChange(new TextSpan(start, length), inserts[i]));
                    source.ToString().ShouldBe(expected);
                    source.LineCount.ShouldBe(SourceText.From(expected).LineCount);
                }

                for (var position = 0; position <= expected.Length; position++)
                {
                    // Between CR and LF is not a position on any line: LSP clamps it to the line's end.
                    var insideCrlf = position > 0 && position < expected.Length && expected[position - 1] == '\r' && expected[position] == '\n';
                    source.GetPosition(source.GetLinePosition(position)).ShouldBe(insideCrlf ? position - 1 : position);
                }
            }, iter: 300, seed: "0N0XIzNsQ0O2");
    }

    private static Gen<string> Pick(params string[] parts) => Gen.Int[0, parts.Length - 1].Select(i => parts[i]);
}
