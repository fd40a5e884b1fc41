using CloseLint.Syntax;
using CsCheck;
using Shouldly;

namespace CloseLint.Core.Tests.Syntax;

public sealed class ScriptDocumentPropertyTests
{
    private static readonly Gen<string> Script = Pick(
            "I led", " ", "a team", " of 12.", " Dr. Ng", " $4.5M", "?", "!", "...", "\n", "\r\n", "\n\n", "# Summary\n",
            "- ", "`code`", "[link](http://x)", "<!-- closelint-disable -->", "🎉", "José", "\"quoted.\"", "THEM: hi\n", "(pause)\n")
        .Array[0, 40].Select(parts => string.Concat(parts));

    [Theory]
    [InlineData(ScriptFormat.PlainText)]
    [InlineData(ScriptFormat.Markdown)]
    public void Every_sentence_and_word_span_maps_back_to_its_source_characters(ScriptFormat format)
    {
        Script.Sample(text =>
        {
            var document = ScriptDocument.Parse(text, format: format);
            var previousEnd = 0;
            foreach (var sentence in document.Sentences)
            {
                sentence.Span.Start.ShouldBeGreaterThanOrEqualTo(previousEnd);
                sentence.Span.End.ShouldBeLessThanOrEqualTo(text.Length);
                sentence.Text.Length.ShouldBe(sentence.Span.Length);
                document.Text.IsInsideCharacter(sentence.Span.Start).ShouldBeFalse();
                document.Text.IsInsideCharacter(sentence.Span.End).ShouldBeFalse();
                foreach (var word in sentence.Words)
                {
                    sentence.Span.Contains(word.Span).ShouldBeTrue();
                    text.Substring(word.Span.Start, word.Span.Length).ShouldBe(word.Text);
                }

                previousEnd = sentence.Span.End;
            }
        }, iter: 500, seed: "0N0XIzNsQ0O2");
    }

    private static Gen<string> Pick(params string[] parts) => Gen.Int[0, parts.Length - 1].Select(i => parts[i]);
}
