namespace CloseLint.Syntax;

/// <summary>
/// Worksheet conventions inside a block of prose lines, for plain text and Markdown alike:
/// <c># Heading</c> and <c>Summary:</c> label lines start sections; <c>THEM:</c> or <c>Interviewer:</c> lines are
/// not the candidate's words; <c>ME:</c> and list markers start a new paragraph; a line that is all
/// <c>(…)</c> or <c>[…]</c>, and any <c>[…]</c> inside a line, is a stage direction, not speech.
/// </summary>
internal static class LineConventions
{
    private static readonly HashSet<string> OtherSpeakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "them", "interviewer", "int", "q", "hiring manager", "manager", "panel", "hr", "recruiter", "they", "hm",
    };

    /// <summary>Worksheet header fields: not speech.</summary>
    private static readonly HashSet<string> MetadataLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "name", "student", "candidate name", "role", "position", "job", "job title", "title", "company", "employer",
        "organisation", "organization", "date", "week", "class", "course", "coach", "instructor", "teacher", "to", "from",
        "subject", "re", "interview", "interview date", "panel members", "location", "todo", "note", "notes", "tip", "reminder",
    };

    private static readonly HashSet<string> CandidateSpeakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "me", "candidate", "a", "say", "i say", "answer", "script",
    };

    public static void Refine(char[] prose, ProseBlock block, List<ProseBlock> output)
    {
        var paragraphStart = -1;
        var paragraphEnd = -1;

        void Flush()
        {
            if (paragraphStart >= 0) output.Add(new ProseBlock(paragraphStart, paragraphEnd));
            paragraphStart = -1;
        }

        void Extend(int from, int to)
        {
            var (first, last) = Trim(prose, from, to);
            if (first >= last) return;
            if (paragraphStart < 0) paragraphStart = first;
            paragraphEnd = last;
        }

        var lineStart = block.Start;
        while (lineStart < block.End)
        {
            var lineEnd = lineStart;
            while (lineEnd < block.End && prose[lineEnd] != '\r' && prose[lineEnd] != '\n') lineEnd++;
            var next = lineEnd;
            if (next < block.End && prose[next] == '\r') next++;
            if (next < block.End && prose[next] == '\n') next++;

            RefineLine(prose, lineStart, lineEnd, output, Flush, Extend);
            lineStart = next == lineStart ? lineStart + 1 : next;
        }

        Flush();
    }

    private static void RefineLine(char[] prose, int start, int end, List<ProseBlock> output, Action flush, Action<int, int> extend)
    {
        var (first, last) = Trim(prose, start, end);
        if (first >= last)
        {
            flush();
            return;
        }

        if (IsWholeLineDirection(prose, first, last))
        {
            Blank(prose, first, last);
            flush();
            return;
        }

        var hashes = 0;
        while (first + hashes < last && prose[first + hashes] == '#') hashes++;
        if (hashes is >= 1 and <= 6 && first + hashes < last && prose[first + hashes] == ' ')
        {
            flush();
            var (headingStart, headingEnd) = Trim(prose, first + hashes, last);
            var heading = new string(prose, headingStart, headingEnd - headingStart).TrimEnd('#', ' ');
            Blank(prose, first, last);
            if (heading.Length > 0) output.Add(new ProseBlock(headingStart, headingEnd, heading));
            return;
        }

        var listMarker = ListMarkerLength(prose, first, last);
        if (listMarker > 0)
        {
            flush();
            Blank(prose, first, first + listMarker);
            (first, last) = Trim(prose, first + listMarker, last);
            if (first >= last || IsWholeLineDirection(prose, first, last))
            {
                Blank(prose, first, last);
                return;
            }
        }

        var colon = LabelColon(prose, first, last);
        if (colon > 0)
        {
            var label = new string(prose, first, colon - first).Trim();
            if (OtherSpeakers.Contains(label) || MetadataLabels.Contains(label))
            {
                Blank(prose, first, last);
                flush();
                return;
            }

            if (CandidateSpeakers.Contains(label))
            {
                flush();
                Blank(prose, first, colon + 1);
                first = colon + 1;
            }
            else if (SectionSyntax.KindFromHeading(label) != SectionKind.Unknown && label.Split(' ').Length <= 4)
            {
                flush();
                output.Add(new ProseBlock(first, first + label.Length, label));
                Blank(prose, first, colon + 1);
                first = colon + 1;
            }
        }

        BlankBracketedDirections(prose, first, last);
        extend(first, last);
    }

    private static bool IsWholeLineDirection(char[] prose, int first, int last) =>
        (prose[first] == '(' && prose[last - 1] == ')') || (prose[first] == '[' && prose[last - 1] == ']');

    private static int ListMarkerLength(char[] prose, int first, int last)
    {
        var c = prose[first];
        if ((c is '-' or '*' or '+' or '•' or '–') && first + 1 < last && prose[first + 1] == ' ') return 2;
        var digits = 0;
        while (first + digits < last && digits < 3 && char.IsAsciiDigit(prose[first + digits])) digits++;
        if (digits > 0 && first + digits + 1 < last && prose[first + digits] is '.' or ')' && prose[first + digits + 1] == ' ')
            return digits + 2;
        return 0;
    }

    /// <summary>The offset of the colon after a short label such as <c>THEM</c> or <c>My ask</c>, or -1.</summary>
    private static int LabelColon(char[] prose, int first, int last)
    {
        var limit = Math.Min(last, first + 32);
        for (var i = first; i < limit; i++)
        {
            var c = prose[i];
            if (c == ':') return i > first && (i + 1 == last || prose[i + 1] == ' ') ? i : -1;
            if (!char.IsLetter(c) && c is not ' ' and not '-' and not '\'' and not '’' and not '.') return -1;
        }

        return -1;
    }

    private static void BlankBracketedDirections(char[] prose, int first, int last)
    {
        BlankTrailingParenthetical(prose, first, last);
        var position = first;
        while (position < last)
        {
            var open = Array.IndexOf(prose, '[', position, last - position);
            if (open < 0) return;
            var close = Array.IndexOf(prose, ']', open, last - open);
            if (close < 0) return;
            Blank(prose, open, close + 1);
            position = close + 1;
        }
    }

    /// <summary>A parenthesis after a sentence's end that closes the line is a note to self: "Thanks! (smile)".</summary>
    private static void BlankTrailingParenthetical(char[] prose, int first, int last)
    {
        if (prose[last - 1] != ')') return;
        var open = Array.LastIndexOf(prose, '(', last - 1, last - first);
        if (open <= first) return;
        var before = open - 1;
        while (before > first && prose[before] == ' ') before--;
        if (prose[before] is '.' or '!' or '?' or '…') Blank(prose, open, last);
    }

    private static void Blank(char[] prose, int start, int end) => prose.AsSpan(start, end - start).Fill(' ');

    private static (int First, int Last) Trim(char[] prose, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(prose[start])) start++;
        while (end > start && char.IsWhiteSpace(prose[end - 1])) end--;
        return (start, end);
    }
}
