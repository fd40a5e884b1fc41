namespace CloseLint.Intent;

/// <summary>
/// Whether normalized text is put as a question even without a question mark ("wat r the nxt steps"), or ends in
/// a question clause after a statement ("I'm keen, so what happens next?").
/// </summary>
internal static class QuestionForm
{
    private static readonly PatternSet Start = PatternSet.Of(
        @"^((so|and|but|ok|okay|well|also|finally|lastly|now|just|honestly|sorry|oh|ah|actually|right|then|great|perfect|brilliant|lovely|cool|thanks|thank you" +
        @"|one more thing|one last thing|last thing|and finally|quick question|before i go|be honest|on that note|with that|fingers crossed it's me)[,:;.!-]* )*" +
        @"(is|are|am|do|does|did|would|could|can|will|should|shall|have|has|was|were|might|may|what|what's|whats|where|which|how|why|who|when|when's|any|anything)\b");

    /// <summary>True when the text opens the way a question does.</summary>
    public static bool StartsLikeQuestion(string text) => Start.IsMatch(text);

    /// <summary>True when some clause of the text (after a comma, colon, semicolon or dash) opens as a question.</summary>
    public static bool HasQuestionClause(string text)
    {
        for (var i = text.IndexOfAny([',', ':', ';', '-']); i >= 0 && i + 1 < text.Length; i = text.IndexOfAny([',', ':', ';', '-'], i + 1))
            if (Start.IsMatch(text[(i + 1)..].TrimStart())) return true;
        return false;
    }

    /// <summary>
    /// True when the text ends with a question mark and the clause holding <paramref name="index"/> (after the last
    /// comma, colon, semicolon, dash or full stop before it) opens as a question or with "so"/"and".
    /// </summary>
    public static bool EndsWithQuestionClause(string text, int index)
    {
        if (!text.TrimEnd().EndsWith('?')) return false;
        var clauseStart = index <= 0 ? -1 : text.LastIndexOfAny([',', ':', ';', '-', '.'], index - 1);
        var clause = text[(clauseStart + 1)..].TrimStart();
        return Start.IsMatch(clause) || clause.StartsWith("so ", StringComparison.Ordinal) || clause.StartsWith("and ", StringComparison.Ordinal);
    }
}
