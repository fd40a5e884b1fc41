using System.Text.RegularExpressions;

namespace CloseLint.PhraseLists;

/// <summary>One line of a phrase list: a category, a compiled pattern and an optional suggestion.</summary>
public sealed class PhraseEntry
{
    internal PhraseEntry(string category, string pattern, string? suggestion, Regex regex, string source, int line)
    {
        Category = category;
        Pattern = pattern;
        Suggestion = suggestion;
        Regex = regex;
        Source = source;
        Line = line;
        HasPhraseGroup = Array.IndexOf(regex.GetGroupNames(), PhraseGroupName) >= 0;
    }

    /// <summary>
    /// A regex pattern may name the part to report with a group of this name, so context can decide a match
    /// without being part of the span (lookarounds are not available without backtracking).
    /// </summary>
    public const string PhraseGroupName = "phrase";

    /// <summary>True when the pattern has a <see cref="PhraseGroupName"/> group.</summary>
    public bool HasPhraseGroup { get; }

    /// <summary>The category, such as <c>assumptive-close</c>.</summary>
    public string Category { get; }

    /// <summary>The pattern as written in the list: a plain phrase, or a regular expression between slashes.</summary>
    public string Pattern { get; }

    /// <summary>A plain alternative, an empty string meaning "remove it", or null when the list offers none.</summary>
    public string? Suggestion { get; }

    /// <summary>The compiled pattern (never backtracking, case-insensitive).</summary>
    public Regex Regex { get; }

    /// <summary>The list the entry came from (a file path or a built-in resource name).</summary>
    public string Source { get; }

    /// <summary>The 1-based line in <see cref="Source"/>.</summary>
    public int Line { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Source}({Line}): {Category} {Pattern}";
}
