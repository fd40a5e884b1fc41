using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CloseLint.Analysis;
using CloseLint.IO;
using CloseLint.Syntax;
using CloseLint.Text;

namespace CloseLint.PhraseLists;

/// <summary>
/// A list of phrases to look for, read from tab-separated lines <c>category&lt;TAB&gt;pattern&lt;TAB&gt;suggestion</c>
/// (see <see cref="Parse(string, string)"/>). Lists are immutable and safe to share between threads.
/// </summary>
public sealed class PhraseList
{
    private readonly Lazy<AnchorIndex> _anchors;

    private PhraseList(ImmutableArray<PhraseEntry> entries, ImmutableArray<ConfigurationProblem> problems)
    {
        Entries = entries;
        Problems = problems;
        _anchors = new Lazy<AnchorIndex>(() => new AnchorIndex(Entries.Select(entry => entry.Anchors)));
    }

    /// <summary>A list with no entries.</summary>
    public static PhraseList Empty { get; } = new([], []);

    /// <summary>The entries, in list order.</summary>
    public ImmutableArray<PhraseEntry> Entries { get; }

    /// <summary>Lines that could not be read (they were skipped), or a file that could not be opened.</summary>
    public ImmutableArray<ConfigurationProblem> Problems { get; }

    /// <summary>
    /// Reads a list. Each line is <c>category&lt;TAB&gt;pattern</c>, optionally followed by <c>&lt;TAB&gt;suggestion</c>;
    /// blank lines and lines starting with <c>#</c> are skipped. A pattern is a plain phrase (whole words, any case,
    /// any whitespace between words) or a regular expression between slashes. A suggestion of <c>-</c> means "remove
    /// the phrase". A regex may name the part to report with a group called <c>phrase</c>. Bad lines never throw: they are skipped and described in <see cref="Problems"/>.
    /// </summary>
    /// <param name="content">The list's text.</param>
    /// <param name="source">Where it came from, used in problem messages (a path or a resource name).</param>
    public static PhraseList Parse(string content, string source) => Parse(content, source, builtIn: false);

    /// <summary>
    /// Reads a list; a built-in list (<paramref name="builtIn"/>) compiles each pattern on first use, with the
    /// backtracking engine and a timeout (see <see cref="PhrasePattern"/>); a user's list compiles now, never backtracking.
    /// </summary>
    internal static PhraseList Parse(string content, string source, bool builtIn)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(source);
        var entries = ImmutableArray.CreateBuilder<PhraseEntry>();
        var problems = ImmutableArray.CreateBuilder<ConfigurationProblem>();
        var lineNumber = 0;
        foreach (var rawLine in content.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var line = rawLine.ToString();
            if (lineNumber == 1) line = line.TrimStart('\uFEFF');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var fields = line.Split('\t');
            if (fields.Length is < 2 or > 3)
            {
                problems.Add(new ConfigurationProblem(source, lineNumber,
                    $"expected 'category<TAB>pattern' or 'category<TAB>pattern<TAB>suggestion' but found {fields.Length} field{(fields.Length == 1 ? string.Empty : "s")}"));
                continue;
            }

            var category = fields[0].Trim();
            var pattern = fields[1].Trim();
            if (category.Length == 0 || pattern.Length == 0)
            {
                problems.Add(new ConfigurationProblem(source, lineNumber, category.Length == 0 ? "the category is empty" : "the pattern is empty"));
                continue;
            }

            var suggestion = fields.Length == 3 ? fields[2].Trim() : null;
            if (suggestion is { Length: 0 }) suggestion = null;
            else if (suggestion == "-") suggestion = string.Empty;
            try
            {
                var entry = new PhraseEntry(category, pattern, suggestion, source, lineNumber, builtIn);
                entries.Add(builtIn ? entry : entry.Validate());
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
            {
                problems.Add(new ConfigurationProblem(source, lineNumber, $"the pattern '{pattern}' is not valid: {ex.Message}"));
            }
        }

        return new PhraseList(entries.DrainToImmutable(), problems.DrainToImmutable());
    }

    /// <summary>Reads a list file (UTF-8). Never throws: a file that cannot be read gives an empty list with one problem.</summary>
    public static PhraseList Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (FileKinds.Of(path) is var kind && kind.MustNotBeOpened())
            return new PhraseList([], [new ConfigurationProblem(path, 0, $"the phrase list is not a regular file ({kind.Describe()}), so it was not opened")]);
        string content;
        try
        {
            content = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            var reason = ex is FileNotFoundException or DirectoryNotFoundException ? "the phrase list file was not found" : $"the phrase list could not be read: {ex.Message}";
            return new PhraseList([], [new ConfigurationProblem(path, 0, reason)]);
        }

        return Parse(content, path);
    }

    /// <summary>This list followed by <paramref name="other"/>'s entries and problems.</summary>
    public PhraseList Concat(PhraseList other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Entries.IsEmpty && other.Problems.IsEmpty) return this;
        if (Entries.IsEmpty && Problems.IsEmpty) return other;
        return new PhraseList(Entries.AddRange(other.Entries), Problems.AddRange(other.Problems));
    }

    /// <summary>
    /// The phrases found in <paramref name="sentence"/>, with document spans, in order and never overlapping: where
    /// two entries match overlapping text, the longer match wins, then the earlier entry.
    /// </summary>
    public ImmutableArray<PhraseMatch> Matches(SentenceSyntax sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Matches(sentence.Text, sentence.Span.Start);
    }

    /// <summary>The phrases found in <paramref name="text"/>, with spans shifted by <paramref name="offset"/>.</summary>
    public ImmutableArray<PhraseMatch> Matches(string text, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Entries.IsEmpty || text.Length == 0) return [];
        var folded = PhrasePattern.Fold(text);
        var anchors = _anchors.Value;
        var presence = anchors.In(folded.ToLowerInvariant());
        List<(int Start, int Length, int Entry)>? found = null;
        for (var e = 0; e < Entries.Length; e++)
        {
            var entry = Entries[e];
            if (!presence.MayMatch(anchors.AnchorSets[e])) continue;
            if (entry.HasPhraseGroup)
            {
                foreach (Match match in entry.RegexFor(folded).Matches(folded))
                {
                    var group = match.Groups[PhraseEntry.PhraseGroupName];
                    if (group.Success && group.Length > 0) (found ??= []).Add((group.Index, group.Length, e));
                }

                continue;
            }

            foreach (var match in entry.RegexFor(folded).EnumerateMatches(folded))
            {
                if (match.Length == 0) continue;
                (found ??= []).Add((match.Index, match.Length, e));
            }
        }

        if (found is null) return [];
        found.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Entry.CompareTo(b.Entry));
        var chosen = new List<(int Start, int Length, int Entry)>();
        foreach (var candidate in found)
        {
            var overlapping = chosen.FindIndex(c => c.Start < candidate.Start + candidate.Length && candidate.Start < c.Start + c.Length);
            if (overlapping < 0)
            {
                chosen.Add(candidate);
            }
            else if (candidate.Length > chosen[overlapping].Length)
            {
                // A later-starting but longer match only replaces one it alone overlaps.
                if (chosen.Count(c => c.Start < candidate.Start + candidate.Length && candidate.Start < c.Start + c.Length) == 1)
                    chosen[overlapping] = candidate;
            }
        }

        chosen.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var matches = ImmutableArray.CreateBuilder<PhraseMatch>(chosen.Count);
        foreach (var (start, length, e) in chosen)
        {
            var entry = Entries[e];
            var phrase = CollapseWhitespace(text.AsSpan(start, length));
            matches.Add(new PhraseMatch(new TextSpan(offset + start, length), phrase, entry.Category, entry.Suggestion));
        }

        return matches.DrainToImmutable();
    }

    /// <summary>True when some entry matches <paramref name="text"/>.</summary>
    public bool IsMatch(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = PhrasePattern.Fold(text);
        var anchors = _anchors.Value;
        var presence = anchors.In(folded.ToLowerInvariant());
        for (var e = 0; e < Entries.Length; e++)
        {
            if (presence.MayMatch(anchors.AnchorSets[e]) && Entries[e].RegexFor(folded).IsMatch(folded)) return true;
        }

        return false;
    }

    private static string CollapseWhitespace(ReadOnlySpan<char> text) =>
        string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
