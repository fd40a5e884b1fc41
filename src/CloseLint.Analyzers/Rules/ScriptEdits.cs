using CloseLint.Syntax;
using CloseLint.Text;

namespace CloseLint.Rules;

/// <summary>
/// Where the structure rules report a missing part, and the text changes their fixes make: a sentence added after
/// another, before another, under a heading or as a new paragraph at the end, in the document's own line breaks.
/// </summary>
internal static class ScriptEdits
{
    /// <summary>
    /// The span a whole-script finding is reported on: the first line that has text, trimmed (the script's opening),
    /// or an empty span at the start of a blank document.
    /// </summary>
    public static TextSpan FirstLine(ScriptDocument document)
    {
        var text = document.Text;
        for (var n = 0; n < text.LineCount; n++)
        {
            var line = text.GetLine(n);
            var content = text.ToString(line.Span);
            var start = content.Length - content.TrimStart().Length;
            var end = content.TrimEnd().Length;
            if (end > start) return TextSpan.FromBounds(line.Start + start, line.Start + end);
        }

        return new TextSpan(0, 0);
    }

    /// <summary>Adds <paramref name="sentence"/> right after the sentence that ends at <paramref name="position"/>, on the same line.</summary>
    public static TextChange InsertAfter(int position, string sentence) => new(new TextSpan(position, 0), " " + sentence);

    /// <summary>Adds <paramref name="sentence"/> right before <paramref name="next"/>, on the same line.</summary>
    public static TextChange InsertBefore(SentenceSyntax next, string sentence) => new(new TextSpan(next.Span.Start, 0), sentence + " ");

    /// <summary>Adds <paramref name="sentence"/> as the first paragraph under the heading of <paramref name="section"/>, or after its last sentence.</summary>
    public static TextChange InsertInSection(ScriptDocument document, SectionSyntax section, string sentence)
    {
        if (section.SentenceCount > 0) return InsertAfter(document.Sentences[section.FirstSentence + section.SentenceCount - 1].Span.End, sentence);
        var headingEnd = section.HeadingSpan is { } heading ? document.Text.GetLineFromPosition(heading.End).End : 0;
        var newLine = LineBreak(document);
        return new TextChange(new TextSpan(headingEnd, 0), newLine + newLine + sentence);
    }

    /// <summary>Adds <paramref name="paragraph"/> as a new paragraph after the last text of the document.</summary>
    public static TextChange AppendParagraph(ScriptDocument document, string paragraph)
    {
        var text = document.Text.ToString();
        var end = text.TrimEnd().Length;
        if (end == 0) return new TextChange(new TextSpan(0, 0), paragraph);
        var newLine = LineBreak(document);
        return new TextChange(new TextSpan(end, 0), newLine + newLine + paragraph);
    }

    /// <summary>The document's line break: the first one in it, or <c>\n</c>.</summary>
    public static string LineBreak(ScriptDocument document)
    {
        var text = document.Text;
        if (text.LineCount < 2) return "\n";
        var first = text.GetLine(0);
        return text.ToString(TextSpan.FromBounds(first.End, first.EndIncludingLineBreak));
    }
}
