using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace CloseLint.PhraseLists;

/// <summary>One line of a phrase list: a category, a pattern and an optional suggestion.</summary>
public sealed class PhraseEntry
{
    private readonly Lazy<Regex> _regex;
    private readonly Lazy<Regex> _linearRegex;

    internal PhraseEntry(string category, string pattern, string? suggestion, string source, int line, bool builtIn = false)
    {
        Category = category;
        Pattern = pattern;
        Suggestion = suggestion;
        Source = source;
        Line = line;
        RegexSource = PhrasePattern.ToRegex(pattern);
        Anchors = PhrasePattern.Anchors(RegexSource);
        HasPhraseGroup = RegexSource.Contains("(?<" + PhraseGroupName + ">", StringComparison.Ordinal);
        _regex = new Lazy<Regex>(() => PhrasePattern.Compile(RegexSource, builtIn));
        _linearRegex = builtIn ? new Lazy<Regex>(() => PhrasePattern.Compile(RegexSource)) : _regex;
    }

    /// <summary>
    /// A regex pattern may name the part to report with a group of this name, so context can decide a match
    /// without being part of the span (lookarounds are not available without backtracking).
    /// </summary>
    public const string PhraseGroupName = "phrase";

    /// <summary>The category, such as <c>assumptive-close</c>.</summary>
    public string Category { get; }

    /// <summary>The pattern as written in the list: a plain phrase, or a regular expression between slashes.</summary>
    public string Pattern { get; }

    /// <summary>A plain alternative, an empty string meaning "remove it", or null when the list offers none.</summary>
    public string? Suggestion { get; }

    /// <summary>The list the entry came from (a file path or a built-in resource name).</summary>
    public string Source { get; }

    /// <summary>The 1-based line in <see cref="Source"/>.</summary>
    public int Line { get; }

    /// <summary>The regular expression the pattern becomes (see <see cref="PhrasePattern"/>).</summary>
    public string RegexSource { get; }

    /// <summary>
    /// Words of which at least one must appear (ignoring case) for the pattern to match, or empty when the pattern
    /// has no such words. Sentences without them skip the regex, so most entries are never even compiled.
    /// </summary>
    public ImmutableArray<string> Anchors { get; }

    /// <summary>
    /// The compiled pattern (case-insensitive), built on first use: never backtracking for a user's list; for a
    /// built-in list, the backtracking interpreter (see <see cref="PhrasePattern"/>).
    /// </summary>
    public Regex Regex => _regex.Value;

    /// <summary>
    /// The regex to run over <paramref name="text"/>: <see cref="Regex"/>, except that a built-in pattern meets text
    /// longer than <see cref="PhrasePattern.LongText"/> (a run-on paste) never backtracking, so it finishes in linear time.
    /// </summary>
    internal Regex RegexFor(string text) => text.Length > PhrasePattern.LongText ? _linearRegex.Value : _regex.Value;

    /// <summary>True when the pattern has a <see cref="PhraseGroupName"/> group.</summary>
    public bool HasPhraseGroup { get; }

    /// <summary>Compiles the pattern now, so a bad one fails here rather than on first use.</summary>
    internal PhraseEntry Validate()
    {
        _ = _regex.Value;
        return this;
    }

    /// <summary>
    /// False when none of <see cref="Anchors"/> is in <paramref name="foldedText"/>, so the pattern cannot match: the
    /// same search <see cref="PhraseList"/> makes for all its entries at once, for one entry (tests use it).
    /// </summary>
    internal bool MayMatch(string foldedText)
    {
        var index = new AnchorIndex([Anchors]);
        return index.In(foldedText.ToLowerInvariant()).MayMatch(index.AnchorSets[0]);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Source}({Line}): {Category} {Pattern}";
}
