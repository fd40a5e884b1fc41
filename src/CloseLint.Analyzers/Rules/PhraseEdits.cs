using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CloseLint.CodeFixes;
using CloseLint.Text;
using Humanizer;

namespace CloseLint.Rules;

/// <summary>
/// Text edits that take a phrase out of a sentence, or put another in its place, and leave a clean sentence behind:
/// the commas and "but" around it go too, and a sentence that loses its first words starts with a capital again.
/// </summary>
internal static class PhraseEdits
{
    private static readonly Regex ModalAfterPronoun = new(@"\A(you|we|i) +(could|can|would|might|may|will)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>The diagnostic property holding a phrase's replacement ("" = remove it) for <see cref="RegisterFix"/>.</summary>
    public const string SuggestionProperty = "suggestion";

    /// <summary>
    /// Offers the fix a phrase diagnostic carries in <see cref="SuggestionProperty"/>: remove the phrase when it is
    /// empty, otherwise replace it. Nothing is offered when the property is absent.
    /// </summary>
    public static Task RegisterFix(CodeFixContext context)
    {
        var diagnostic = context.Diagnostic;
        if (!diagnostic.Properties.TryGetValue(SuggestionProperty, out var suggestion) || suggestion is null) return Task.CompletedTask;
        var span = diagnostic.Location.SourceSpan;
        var sentence = context.Document.FindSentence(span.Start);
        if (sentence is null || !sentence.Span.Contains(span)) return Task.CompletedTask;

        var text = context.Document.Text;
        if (suggestion.Length == 0)
        {
            var phrase = string.Join(' ', text.ToString(span).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            context.RegisterCodeFix(CodeAction.Create($"Remove '{phrase.Truncate(40, "…")}'", Remove(text, sentence.Span, span),
                equivalenceKey: diagnostic.Id + ".Remove"));
        }
        else
        {
            var change = Replace(text, sentence.Span, span, suggestion);
            context.RegisterCodeFix(CodeAction.Create($"Replace with '{change.NewText}'", change, equivalenceKey: diagnostic.Id + ".Replace"));
        }

        return Task.CompletedTask;
    }

    /// <summary>The changes that remove <paramref name="phrase"/> from <paramref name="sentence"/>.</summary>
    public static ImmutableArray<TextChange> Remove(SourceText text, TextSpan sentence, TextSpan phrase)
    {
        if (OpensSentence(text, sentence, phrase))
        {
            var next = phrase.End;
            while (next < sentence.End && IsSeparator(text[next])) next++;
            if (!HasWordCharacter(text, next, sentence.End)) return [RemoveSentence(text, sentence)];

            // "I was wondering if you could tell me…?" becomes "Could you tell me…?" rather than "You could tell me…?".
            if (EndsWithQuestionMark(text, sentence))
            {
                var modal = ModalAfterPronoun.Match(text.ToString(TextSpan.FromBounds(next, sentence.End)));
                if (modal.Success)
                {
                    var pronoun = modal.Groups[1].Value;
                    var inverted = Capitalize(modal.Groups[2].Value.ToLowerInvariant()) + " " + (pronoun.Equals("i", StringComparison.OrdinalIgnoreCase) ? "I" : pronoun.ToLowerInvariant());
                    return [new TextChange(TextSpan.FromBounds(phrase.Start, next + modal.Length), inverted)];
                }
            }

            var delete = TextChange.Delete(TextSpan.FromBounds(phrase.Start, next));
            return char.IsLower(text[next])
                ? [delete, new TextChange(new TextSpan(next, 1), char.ToUpperInvariant(text[next]).ToString())]
                : [delete];
        }

        // Inside the sentence: take the space and comma before it, and a matching comma after it ("you, X, could").
        var start = phrase.Start;
        while (start > sentence.Start && text[start - 1] is ' ' or '\t') start--;
        var hadComma = start > sentence.Start && text[start - 1] == ',';
        if (hadComma) start--;
        var end = phrase.End;
        if (hadComma && end < sentence.End && text[end] == ',') end++;
        else if (start == phrase.Start)
            while (end < sentence.End && text[end] is ' ' or '\t') end++;
        return [TextChange.Delete(TextSpan.FromBounds(start, end))];
    }

    /// <summary>The change that puts <paramref name="replacement"/> in place of <paramref name="phrase"/>, in the right case.</summary>
    public static TextChange Replace(SourceText text, TextSpan sentence, TextSpan phrase, string replacement)
    {
        var cased = OpensSentence(text, sentence, phrase) ? Capitalize(replacement)
            : StartsWithPronounI(replacement) ? replacement
            : replacement.Length > 0 ? char.ToLowerInvariant(replacement[0]) + replacement[1..] : replacement;
        return new TextChange(phrase, cased);
    }

    /// <summary>True when nothing but punctuation and spaces comes before <paramref name="phrase"/> in its sentence.</summary>
    public static bool OpensSentence(SourceText text, TextSpan sentence, TextSpan phrase) =>
        !HasWordCharacter(text, sentence.Start, phrase.Start);

    private static TextChange RemoveSentence(SourceText text, TextSpan sentence)
    {
        var end = sentence.End;
        while (end < text.Length && text[end] is ' ' or '\t') end++;
        var start = sentence.Start;
        if (end == text.Length || text[end] is '\r' or '\n')
            while (start > 0 && text[start - 1] is ' ' or '\t') start--;
        return TextChange.Delete(TextSpan.FromBounds(start, end));
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is ',' or ';' or ':' or '-' or '–' or '—' or '…';

    private static bool HasWordCharacter(SourceText text, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (char.IsLetterOrDigit(text[i])) return true;
        return false;
    }

    private static bool EndsWithQuestionMark(SourceText text, TextSpan sentence) =>
        text.AsSpan(sentence).TrimEnd(" \t\r\n\"'”’)]*_").EndsWith("?");

    private static bool StartsWithPronounI(string text) =>
        text == "I" || text.StartsWith("I ", StringComparison.Ordinal) || text.StartsWith("I'", StringComparison.Ordinal) || text.StartsWith("I’", StringComparison.Ordinal);

    private static string Capitalize(string text) =>
        text.Length == 0 || !char.IsLower(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
