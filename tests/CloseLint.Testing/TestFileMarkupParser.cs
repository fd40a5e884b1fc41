using System.Collections.Immutable;
using System.Text;
using CloseLint.Text;

namespace CloseLint.Testing;

/// <summary>
/// Reads test markup: <c>[|text|]</c> marks a span, <c>{|CL0002:text|}</c> a span with an id,
/// <c>{|#0:text|}</c> a numbered location, and <c>$$</c> the caret. Spans may nest.
/// </summary>
public static class TestFileMarkupParser
{
    /// <summary>Strips the markup and returns the plain text, the marked spans and the caret.</summary>
    public static MarkedText Parse(string markup)
    {
        var output = new StringBuilder(markup.Length);
        var spans = ImmutableArray.CreateBuilder<MarkedSpan>();
        var open = new Stack<(int Start, string? Name)>();
        int? caret = null;
        for (var i = 0; i < markup.Length; i++)
        {
            if (Starts(markup, i, "$$"))
            {
                if (caret is not null) throw new FormatException("The markup has more than one caret ($$).");
                caret = output.Length;
                i++;
            }
            else if (Starts(markup, i, "[|"))
            {
                open.Push((output.Length, null));
                i++;
            }
            else if (Starts(markup, i, "{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                if (colon < 0) throw new FormatException($"'{{|' at {i} has no ':' after its name.");
                open.Push((output.Length, markup[(i + 2)..colon]));
                i = colon;
            }
            else if (Starts(markup, i, "|]") || Starts(markup, i, "|}"))
            {
                if (open.Count == 0) throw new FormatException($"'{markup.Substring(i, 2)}' at {i} closes nothing.");
                var (start, name) = open.Pop();
                spans.Add(new MarkedSpan(TextSpan.FromBounds(start, output.Length), name));
                i++;
            }
            else
            {
                output.Append(markup[i]);
            }
        }

        if (open.Count > 0) throw new FormatException("The markup has a span that is never closed.");
        spans.Sort((a, b) => a.Span.CompareTo(b.Span));
        return new MarkedText(output.ToString(), spans.ToImmutable(), caret);
    }

    private static bool Starts(string text, int index, string token) => string.CompareOrdinal(text, index, token, 0, token.Length) == 0;
}

/// <summary>Plain text with the spans its markup marked.</summary>
/// <param name="Text">The text without markup.</param>
/// <param name="Spans">Marked spans in order.</param>
/// <param name="Caret">The caret's offset, if marked.</param>
public sealed record MarkedText(string Text, ImmutableArray<MarkedSpan> Spans, int? Caret);

/// <summary>A marked span; <see cref="Name"/> is null for <c>[|…|]</c>, an id such as <c>CL0002</c>, or <c>#0</c>.</summary>
public sealed record MarkedSpan(TextSpan Span, string? Name)
{
    /// <summary>The location number for <c>{|#n:…|}</c>, or null.</summary>
    public int? LocationIndex => Name is { Length: > 1 } name && name[0] == '#' && int.TryParse(name.AsSpan(1), out var n) ? n : null;
}
