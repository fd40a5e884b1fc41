using CloseLint.Intent;
using CloseLint.LanguageServer.Diagnostics;
using CloseLint.Syntax;
using CloseLint.Text;
using Shouldly;

namespace CloseLint.LanguageServer.Tests;

public sealed class CachingIntentDetectorTests
{
    private const string Script = """
        # Summary
        I led a team of nine nurses in a busy trauma unit. I cut discharge delays by a third in one year.
        I trained every new hire on the night shift.

        # Concern
        Is there anything about my background that gives you pause? I'd welcome the chance to address it.

        # The ask
        I'm excited about this role and I want to join your team. What are the next steps in your process?

        Thanks again for your time today, Dana.
        """;

    [Fact]
    public void An_edit_classifies_only_the_sentences_it_touched_and_answers_as_the_inner_detector()
    {
        var caching = new CachingIntentDetector(LexicalIntentDetector.Instance);
        var document = ScriptDocument.Parse(Script, "closing.md");
        caching.Classify(document).ShouldBe(LexicalIntentDetector.Instance.Classify(document));
        caching.Classified.ShouldBe(document.Sentences.Length);

        var edited = document.WithText(document.Text.WithChanges(TextChange.Insert(Script.IndexOf("What are", StringComparison.Ordinal), "When could we talk again? ")));
        caching.Classify(edited).ShouldBe(LexicalIntentDetector.Instance.Classify(edited));
        caching.Classified.ShouldBe(document.Sentences.Length + 1);
    }

    [Fact]
    public void A_sentence_moved_to_another_kind_of_section_is_classified_again()
    {
        var caching = new CachingIntentDetector(LexicalIntentDetector.Instance);
        const string text = "# Summary\nI trained every new hire on the night shift.\n\n# Notes\nI trained every new hire on the night shift.\n";
        var document = ScriptDocument.Parse(text, "closing.md");
        var intents = caching.Classify(document);
        intents.ShouldBe(LexicalIntentDetector.Instance.Classify(document));
        var moved = ScriptDocument.Parse(text.Replace("# Notes", "# Summary again", StringComparison.Ordinal), "closing.md");
        caching.Classify(moved).ShouldBe(LexicalIntentDetector.Instance.Classify(moved));
    }

    [Fact]
    public void A_sentence_that_reads_as_a_label_line_alone_is_classified_as_in_its_document()
    {
        var caching = new CachingIntentDetector(LexicalIntentDetector.Instance);
        var document = ScriptDocument.Parse(Script, "closing.md");
        caching.Classify(document);
        // On its own "Ask: when do we talk?" would start a section; read in its document it does not.
        var edited = ScriptDocument.Parse(Script.Replace("Thanks again", "Ask: when do we talk? Thanks again", StringComparison.Ordinal), "closing.md");
        caching.Classify(edited).ShouldBe(LexicalIntentDetector.Instance.Classify(edited));
    }

    [Fact]
    public void A_detector_that_reads_only_whole_documents_is_asked_about_the_whole_document()
    {
        var caching = new CachingIntentDetector(new WholeDocumentOnly());
        var document = ScriptDocument.Parse(Script, "closing.md");
        caching.Classify(document).ShouldBe(LexicalIntentDetector.Instance.Classify(document));

        var edited = document.WithText(document.Text.WithChanges(TextChange.Insert(Script.IndexOf("What are", StringComparison.Ordinal), "When could we talk again? ")));
        caching.Classify(edited).ShouldBe(LexicalIntentDetector.Instance.Classify(edited));
        caching.Classified.ShouldBe(document.Sentences.Length + edited.Sentences.Length);
    }

    [Fact]
    public void Remembers_at_most_its_capacity_and_keeps_the_sentences_still_in_use()
    {
        var caching = new CachingIntentDetector(LexicalIntentDetector.Instance, capacity: 20);
        var document = ScriptDocument.Parse(Script, "closing.md");
        caching.Classify(document);
        var classified = caching.Classified;

        for (var i = 0; i < 30; i++)
        {
            var typed = ScriptDocument.Parse($"Draft number {i} of the close, with the émoji 😀 and a CRLF.\r\nAnother line {i}.", "draft.md");
            caching.Classify(typed).ShouldBe(LexicalIntentDetector.Instance.Classify(typed));
            caching.Classify(document);
            caching.Count.ShouldBeLessThanOrEqualTo(20);
        }

        // The script classified again and again never left the cache; only the drafts were classified.
        (caching.Classified - classified).ShouldBe(30 * 2);
        caching.Classify(document).ShouldBe(LexicalIntentDetector.Instance.Classify(document));
    }

    private sealed class WholeDocumentOnly : CloseLint.Analysis.ISentenceIntentDetector
    {
        public string Name => "whole";

        public System.Collections.Immutable.ImmutableArray<CloseLint.Analysis.SentenceIntent> Classify(ScriptDocument document, CancellationToken cancellationToken = default) =>
            LexicalIntentDetector.Instance.Classify(document, cancellationToken);
    }
}
