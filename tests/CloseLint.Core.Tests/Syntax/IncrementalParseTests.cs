using CloseLint.Syntax;
using CloseLint.Text;
using CsCheck;
using Shouldly;

namespace CloseLint.Core.Tests.Syntax;

/// <summary><see cref="ScriptDocument.WithText"/> reuses what an edit did not touch, and must give exactly what a fresh parse gives.</summary>
public sealed class IncrementalParseTests
{
    private static readonly string[] Parts =
    [
        "I led", " ", "a team", " of 12.", " Dr. Ng", " $4.5M", "?", "!", "...", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "# Summary\n",
        "Summary: ", "ME: ", "THEM: You lack experience.\n", "- ", "1. ", "`code`", "[link](http://x)", "[smile]", "(pause)\n", " (smile)",
        "<!--", "-->", "<!-- closelint-disable CL0002 -->", "🎉", "José", "\"quoted.\"", "FINAL INTERVIEW - Closing (Acme)\n",
        "```\n", "> quote\n", "What are the next steps?", " and", "Name: Ana\n", "   ", "\t",
        "[foo]: http://x\n", "[foo]", "~~~\n", "<script>\n", "</script>\n", "<div>\n", "---\n", "    indented\n", "* ", "  - nested ",
        "Title\n===\n", "*emph* ", "**bold** ", "&amp; ", "<!-- note\n\nstill note -->", "<!-->", "\n\nWe", "\n\n<!-- x -->\nWe",
    ];

    private static readonly Gen<string> Piece = Gen.Int[0, Parts.Length - 1].Select(i => Parts[i]);

    private static readonly Gen<string> Script = Piece.Array[0, 40].Select(parts => string.Concat(parts));

    /// <summary>An edit as fractions of the text's length, so it fits whatever text it meets.</summary>
    private static readonly Gen<(double Start, double Length, string NewText)> Edit =
        Gen.Select(Gen.Double[0, 1], Gen.Double[0, 0.3], Piece.Array[0, 3].Select(parts => string.Concat(parts)));

    [Theory]
    [InlineData(ScriptFormat.PlainText)]
    [InlineData(ScriptFormat.Markdown)]
    public void Every_version_after_random_edits_parses_as_a_fresh_parse_of_its_text(ScriptFormat format)
    {
        Gen.Select(Script, Edit.Array[1, 8]).Sample((text, edits) =>
        {
            var document = ScriptDocument.Parse(text, "script.txt", format);
            foreach (var (start, length, newText) in edits)
            {
                var from = (int)(start * document.Text.Length);
                var span = TextSpan.FromBounds(from, Math.Min(document.Text.Length, from + (int)(length * document.Text.Length)));
                document = document.WithChanges(new TextChange(span, newText));
                ShouldBeSame(document, ScriptDocument.Parse(document.Text.ToString(), "script.txt", format));
            }
        }, iter: 1000, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void Markdown_read_in_pieces_reads_exactly_as_markdig_reads_the_whole_document()
    {
        Gen.Select(Script, Script, Script).Select((a, b, c) => a + "\n\nWe " + b + "\r\n\r\nI " + c).Sample(text =>
        {
            var source = SourceText.From(text);
            var whole = ScriptParser.ParseMarkdownWhole(source, "script.md", CommentScanner.Find(text));
            ShouldBeSame(ScriptDocument.Parse(source, "script.md"), whole);
        }, iter: 3000, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void An_edit_in_the_last_paragraph_keeps_the_sentences_before_it()
    {
        var text = "I led a team of 12. We cut costs.\r\n\r\n# Summary\nI want this role. 🎉 José agrees.\n\nWhat are the next steps?";
        var document = ScriptDocument.Parse(text, "script.txt");
        var edited = document.WithChanges(TextChange.Insert(text.Length, " When could we talk?"));

        ShouldBeSame(edited, ScriptDocument.Parse(edited.Text, "script.txt"));
        for (var i = 0; i < 4; i++) edited.Sentences[i].ShouldBeSameAs(document.Sentences[i]);
        edited.Sentences[^1].Text.ShouldBe("When could we talk?");
    }

    [Fact]
    public void An_edit_early_in_the_text_moves_the_sentences_after_it_with_their_words()
    {
        var text = "I led a team.\n\nWe cut costs by a third.\n\n# Ask\nWhat are the next steps?";
        var document = ScriptDocument.Parse(text, "script.txt");
        var edited = document.WithChanges(TextChange.Insert(0, "Hello there. 🎉 "));

        ShouldBeSame(edited, ScriptDocument.Parse(edited.Text, "script.txt"));
        var moved = edited.Sentences[^1];
        moved.Text.ShouldBeSameAs(document.Sentences[^1].Text);
        moved.Span.Start.ShouldBe(document.Sentences[^1].Span.Start + "Hello there. 🎉 ".Length);
        edited.Text.ToString(moved.Words[0].Span).ShouldBe("What");
    }

    [Fact]
    public void Text_values_travel_with_the_sentences_a_reparse_brought_over_and_not_with_those_it_parsed_again()
    {
        var key = new object();
        var document = ScriptDocument.Parse("I led a team.\r\n\r\nWe cut costs by a third. José agreed.", "script.txt");
        foreach (var sentence in document.Sentences) sentence.SetTextValue(key, sentence.Text.Length);
        var edited = document.WithChanges(TextChange.Insert(0, "🎉 Hi."));

        edited.Sentences[0].TryGetTextValue<int>(key, out _).ShouldBeFalse();
        edited.Sentences[^1].Span.ShouldNotBe(document.Sentences[^1].Span);
        edited.Sentences[^1].TryGetTextValue<int>(key, out var length).ShouldBeTrue();
        length.ShouldBe("José agreed.".Length);
        edited.Sentences[^1].TryGetTextValue<string>(key, out _).ShouldBeFalse();
        ScriptDocument.Parse(edited.Text, "script.txt").Sentences[^1].TryGetTextValue<int>(key, out _).ShouldBeFalse();
    }

    [Fact]
    public void A_comment_opened_in_one_block_and_closed_in_a_later_one_hides_the_text_between_after_an_edit()
    {
        var text = "I led a team.\n\nWe cut costs.\n\nWhat are the next steps?";
        var document = ScriptDocument.Parse(text, "script.txt");
        var edited = document.WithChanges(TextChange.Insert(0, "<!-- "), TextChange.Insert(text.IndexOf("What", StringComparison.Ordinal), "--> "));

        ShouldBeSame(edited, ScriptDocument.Parse(edited.Text, "script.txt"));
        edited.Sentences.ShouldHaveSingleItem().Text.ShouldBe("What are the next steps?");
    }

    [Fact]
    public void A_new_second_block_turns_the_first_line_into_the_title()
    {
        var document = ScriptDocument.Parse("FINAL INTERVIEW - Closing", "script.txt");
        document.Sentences.Length.ShouldBe(1);
        var edited = document.WithChanges(TextChange.Insert(document.Text.Length, "\n\nI want this role."));

        ShouldBeSame(edited, ScriptDocument.Parse(edited.Text, "script.txt"));
        edited.Sections[0].Heading.ShouldBe("FINAL INTERVIEW - Closing");
    }

    private static void ShouldBeSame(ScriptDocument actual, ScriptDocument expected)
    {
        actual.Text.ToString().ShouldBe(expected.Text.ToString());
        actual.Sections.ShouldBe(expected.Sections);
        actual.Paragraphs.ShouldBe(expected.Paragraphs);
        actual.Comments.ShouldBe(expected.Comments);
        actual.Sentences.Length.ShouldBe(expected.Sentences.Length);
        for (var i = 0; i < expected.Sentences.Length; i++)
        {
            var (a, e) = (actual.Sentences[i], expected.Sentences[i]);
            (a.Index, a.Span, a.Text, a.ParagraphIndex, a.SectionIndex).ShouldBe((e.Index, e.Span, e.Text, e.ParagraphIndex, e.SectionIndex));
            a.Words.ShouldBe(expected.Sentences[i].Words);
        }
    }
}
