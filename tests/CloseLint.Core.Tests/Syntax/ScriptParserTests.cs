using CloseLint.Syntax;
using Shouldly;

namespace CloseLint.Core.Tests.Syntax;

public sealed class ScriptParserTests
{
    private static string[] Sentences(string text, ScriptFormat format = ScriptFormat.PlainText) =>
        [.. ScriptDocument.Parse(text, format: format).Sentences.Select(s => s.NormalizedText)];

    [Fact]
    public void Splits_at_sentence_ends()
    {
        Sentences("I led a team of 12. Is anything a concern? I want this job!")
            .ShouldBe(["I led a team of 12.", "Is anything a concern?", "I want this job!"]);
    }

    [Theory]
    [InlineData("I worked with Dr. Patel and Mr. Ng on the ward. It went well.", "I worked with Dr. Patel and Mr. Ng on the ward.")]
    [InlineData("I grew revenue to $4.5M in 2.5 years. Next question.", "I grew revenue to $4.5M in 2.5 years.")]
    [InlineData("Tools, e.g. Excel and SAP, are my daily bread. Right.", "Tools, e.g. Excel and SAP, are my daily bread.")]
    [InlineData("I moved from the U.S. to Leeds in 2019. Then I joined.", "I moved from the U.S. to Leeds in 2019.")]
    [InlineData("He said \"close the deal.\" Then I left.", "He said \"close the deal.\"")]
    [InlineData("I was thinking... maybe not. Fine.", "I was thinking... maybe not.")]
    public void Survives_abbreviations_decimals_quotes_and_ellipses(string text, string first)
    {
        Sentences(text)[0].ShouldBe(first);
    }

    [Fact]
    public void Line_without_final_punctuation_ends_when_the_next_line_starts_a_sentence()
    {
        Sentences("I want this job\nWhat are the next steps?\nI have led teams\nof twelve nurses.")
            .ShouldBe(["I want this job", "What are the next steps?", "I have led teams of twelve nurses."]);
    }

    [Fact]
    public void Crlf_spans_map_to_source()
    {
        var text = "Thanks for today.\r\nI'd love to join 🎉 the team.\r\n\r\nWhat's next?";
        var document = ScriptDocument.Parse(text);
        foreach (var sentence in document.Sentences)
            text.Substring(sentence.Span.Start, sentence.Span.Length).ReplaceLineEndings(" ").ShouldBe(sentence.Text);
        document.Sentences.Length.ShouldBe(3);
        document.Paragraphs.Length.ShouldBe(2);
    }

    [Fact]
    public void Markdown_headings_label_sections_and_code_is_not_prose()
    {
        var text = "---\ntitle: x\n---\n# Summary\nI run a **busy** ward. See [my site](http://x.y/z).\n\n```\ncode here.\n```\n\n## My ask\n- I want this role.\n- What are the next steps?\n<!-- closelint-disable CL0002 -->\n> Prompt: write 50 words\n";
        var document = ScriptDocument.Parse(text, "closing.md");
        document.Sections.Select(s => s.Kind).ShouldBe([SectionKind.Summary, SectionKind.Ask]);
        document.Sentences.Select(s => s.NormalizedText).ShouldBe(["I run a busy ward.", "See my site .", "I want this role.", "What are the next steps?"]);
        document.Comments.Single().Content.ShouldBe("closelint-disable CL0002");
        foreach (var sentence in document.Sentences)
            foreach (var word in sentence.Words)
                text.Substring(word.Span.Start, word.Span.Length).ShouldBe(word.Text);
    }

    [Fact]
    public void Dialogue_keeps_only_the_candidates_lines()
    {
        var text = "ME: I'd love this role.\nTHEM: Any questions?\nME: Is anything a concern for you? [pause]\n(listen)\nSummary: I have ten years in ICU.";
        var document = ScriptDocument.Parse(text);
        document.Sentences.Select(s => s.NormalizedText).ShouldBe(["I'd love this role.", "Is anything a concern for you?", "I have ten years in ICU."]);
        document.Sections[^1].Kind.ShouldBe(SectionKind.Summary);
    }

    [Fact]
    public void Worksheet_titles_fields_notes_and_bulleted_directions_are_not_speech()
    {
        var text = "CLOSING PREP - Acme Logistics (Shift Lead)\r\n\r\nName: Tomás R.\r\n* Summary: I ran nights for three years.\r\n* (wait for them)\r\nThanks again! (smile)\r\nTODO: add numbers";
        var document = ScriptDocument.Parse(text);
        document.Sentences.Select(s => s.NormalizedText).ShouldBe(["I ran nights for three years.", "Thanks again!"]);
        document.Sections.Select(s => s.Heading).ShouldBe(["CLOSING PREP - Acme Logistics (Shift Lead)", "Summary"]);
    }

    [Fact]
    public void A_plain_first_sentence_without_punctuation_stays_prose()
    {
        ScriptDocument.Parse("Thank you for your time today\n\nI want this job.").Sentences.Length.ShouldBe(2);
    }
}
