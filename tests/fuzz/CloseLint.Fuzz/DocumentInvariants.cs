using CloseLint.Analysis;
using CloseLint.Syntax;
using CloseLint.Text;

namespace CloseLint.Fuzz;

/// <summary>What every parsed document and every analysis result must satisfy, whatever the input.</summary>
public static class DocumentInvariants
{
    /// <summary>Checks spans, order and the prose view of <paramref name="document"/>.</summary>
    public static void Check(ScriptDocument document)
    {
        var text = document.Text;
        var source = text.ToString();
        InvariantException.Check(!document.Sections.IsEmpty, "a document has at least one section");

        var previousEnd = 0;
        foreach (var sentence in document.Sentences)
        {
            var span = sentence.Span;
            CheckSpan(text, span, $"sentence {sentence.Index}");
            InvariantException.Check(span.Start >= previousEnd, $"sentence {sentence.Index} at {span} overlaps the previous one ending at {previousEnd}");
            InvariantException.Check(sentence.Text.Length == span.Length, $"sentence {sentence.Index} text length {sentence.Text.Length} differs from its span {span}");
            InvariantException.Check(!sentence.Words.IsEmpty, $"sentence {sentence.Index} has no words");
            InvariantException.Check(sentence.SectionIndex < document.Sections.Length, $"sentence {sentence.Index} names a missing section");
            InvariantException.Check(sentence.ParagraphIndex < document.Paragraphs.Length, $"sentence {sentence.Index} names a missing paragraph");
            for (var i = 0; i < sentence.Text.Length; i++)
            {
                var c = sentence.Text[i];
                InvariantException.Check(c == ' ' || c == source[span.Start + i],
                    $"sentence {sentence.Index} has '{c}' at {span.Start + i} where the source has '{source[span.Start + i]}'");
            }

            var wordEnd = span.Start;
            foreach (var word in sentence.Words)
            {
                CheckSpan(text, word.Span, $"word '{word.Text}'");
                InvariantException.Check(span.Contains(word.Span), $"word {word.Span} lies outside its sentence {span}");
                InvariantException.Check(word.Span.Start >= wordEnd, $"word {word.Span} overlaps the previous word");
                InvariantException.Check(source.AsSpan(word.Span.Start, word.Span.Length).SequenceEqual(word.Text),
                    $"word '{word.Text}' is not the source text at {word.Span}");
                wordEnd = word.Span.End;
            }

            previousEnd = span.End;
        }

        foreach (var paragraph in document.Paragraphs)
        {
            CheckSpan(text, paragraph.Span, $"paragraph {paragraph.Index}");
            InvariantException.Check(paragraph.SentenceCount > 0, $"paragraph {paragraph.Index} is empty");
            foreach (var sentence in document.GetSentences(paragraph))
                InvariantException.Check(paragraph.Span.Contains(sentence.Span), $"paragraph {paragraph.Index} does not contain sentence {sentence.Index}");
        }

        var sentencesInSections = 0;
        foreach (var section in document.Sections)
        {
            CheckSpan(text, section.Span, $"section {section.Index}");
            if (section.HeadingSpan is { } heading) CheckSpan(text, heading, $"heading of section {section.Index}");
            InvariantException.Check(section.FirstSentence == sentencesInSections, $"section {section.Index} does not start where the previous ended");
            sentencesInSections += section.SentenceCount;
            foreach (var sentence in document.GetSentences(section))
                InvariantException.Check(sentence.SectionIndex == section.Index, $"sentence {sentence.Index} is in section {section.Index} but says {sentence.SectionIndex}");
        }

        InvariantException.Check(sentencesInSections == document.Sentences.Length, "sections do not cover every sentence");
        foreach (var comment in document.Comments) CheckSpan(text, comment.Span, "comment");
    }

    /// <summary>Checks that every diagnostic lies inside the document, on character boundaries, with a message.</summary>
    public static void Check(AnalysisResult result)
    {
        var text = result.Document.Text;
        InvariantException.Check(result.Intents.Length == result.Document.Sentences.Length, "one intent per sentence");
        foreach (var diagnostic in result.Diagnostics.Concat(result.SuppressedDiagnostics))
        {
            InvariantException.Check(diagnostic.Id is not "CL9001", $"an analyzer threw: {diagnostic.GetMessage()}");
            InvariantException.Check(!string.IsNullOrWhiteSpace(diagnostic.GetMessage()), $"{diagnostic.Id} has no message");
            CheckSpan(text, diagnostic.Location.SourceSpan, diagnostic.Id);
        }
    }

    /// <summary>A span must end inside the text and never split a surrogate pair or a CRLF.</summary>
    public static void CheckSpan(SourceText text, TextSpan span, string what)
    {
        InvariantException.Check(span.End <= text.Length, $"{what} at {span} ends past the text's length {text.Length}");
        InvariantException.Check(!text.IsInsideCharacter(span.Start), $"{what} at {span} starts inside a character");
        InvariantException.Check(!text.IsInsideCharacter(span.End), $"{what} at {span} ends inside a character");
    }
}
