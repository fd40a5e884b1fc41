namespace CloseLint.PhraseLists;

/// <summary>The phrase lists that apply to one document: the built-in ones followed by the user's extra lists.</summary>
/// <param name="Gimmicks">Gimmick phrases (CL0002); its <see cref="PhraseList.Problems"/> describe the user's list.</param>
/// <param name="Hedges">Hedges (CL0008); its <see cref="PhraseList.Problems"/> describe the user's list.</param>
public sealed record PhraseListSet(PhraseList Gimmicks, PhraseList Hedges)
{
    /// <summary>Only the built-in lists.</summary>
    public static PhraseListSet BuiltIn { get; } = new(BuiltInPhraseLists.Gimmicks, BuiltInPhraseLists.Hedges);
}
