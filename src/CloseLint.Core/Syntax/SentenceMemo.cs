namespace CloseLint.Syntax;

/// <summary>
/// A slot for what hosts work out from a sentence's text, shared by every version of the sentence that
/// <see cref="ScriptDocument.WithText"/> brought over from an earlier parse (same text, perhaps another place), so it
/// is found again without hashing or comparing the text.
/// </summary>
internal sealed class SentenceMemo
{
    /// <summary>Whatever the owner (the analyzer driver) keeps here; replaced whole, never changed in place.</summary>
    public volatile object? Value;
}
