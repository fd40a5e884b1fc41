using CloseLint.Text;

namespace CloseLint.Syntax;

/// <summary>
/// A part of the script under one heading (or label line such as <c>Summary:</c>). The first section has no
/// heading when the text does not start with one.
/// </summary>
/// <param name="Index">The section's position in <see cref="ScriptDocument.Sections"/>.</param>
/// <param name="Heading">The heading's text, or null.</param>
/// <param name="HeadingSpan">Where the heading's text is, or null.</param>
/// <param name="Span">From the heading (or the text's start) to the next heading.</param>
/// <param name="Kind">The part the heading names.</param>
/// <param name="FirstSentence">The index of its first sentence.</param>
/// <param name="SentenceCount">How many sentences it holds.</param>
public sealed record SectionSyntax(int Index, string? Heading, TextSpan? HeadingSpan, TextSpan Span, SectionKind Kind, int FirstSentence, int SentenceCount)
{
    /// <summary>The section's sentences' indices.</summary>
    public Range Sentences => FirstSentence..(FirstSentence + SentenceCount);

    /// <summary>Reads the part a heading names; <see cref="SectionKind.Unknown"/> when it names none.</summary>
    public static SectionKind KindFromHeading(string? heading)
    {
        if (string.IsNullOrWhiteSpace(heading)) return SectionKind.Unknown;
        var h = heading.ToLowerInvariant();
        if (ContainsAny(h, "concern", "objection", "hesitation", "reservation", "worr", "doubt")) return SectionKind.Concern;
        if (ContainsAny(h, "summary", "summarize", "summarise", "pitch", "qualification", "why me", "about me", "fit", "strength", "recap", "sum up"))
            return SectionKind.Summary;
        if (ContainsAny(h, "ask", "next step", "the close", "request", "call to action")) return SectionKind.Ask;
        return SectionKind.Unknown;
    }

    private static bool ContainsAny(string text, params ReadOnlySpan<string> needles)
    {
        foreach (var needle in needles)
            if (text.Contains(needle, StringComparison.Ordinal)) return true;
        return false;
    }
}
