namespace CloseLint.PhraseLists;

/// <summary>
/// The phrase lists CloseLint ships, read from the <c>gimmicks.tsv</c> and <c>hedges.tsv</c> files embedded in this
/// assembly (see <see cref="PhraseList.Parse(string, string)"/> for the format). Their patterns compile on first use,
/// so a run pays only for the patterns whose words appear in the text; a test compiles every one of them.
/// </summary>
public static class BuiltInPhraseLists
{
    private static readonly Lazy<PhraseList> LazyGimmicks = new(() => Read("gimmicks.tsv"));
    private static readonly Lazy<PhraseList> LazyHedges = new(() => Read("hedges.tsv"));

    /// <summary>Salesy or gimmicky closing phrases, by category, with plain alternatives (CL0002).</summary>
    public static PhraseList Gimmicks => LazyGimmicks.Value;

    /// <summary>Hedges and apologies that undercut an ask (CL0008).</summary>
    public static PhraseList Hedges => LazyHedges.Value;

    private static PhraseList Read(string fileName)
    {
        var name = "CloseLint.PhraseLists." + fileName;
        using var stream = typeof(BuiltInPhraseLists).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The built-in phrase list '{name}' is not embedded in {typeof(BuiltInPhraseLists).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var list = PhraseList.Parse(reader.ReadToEnd(), fileName, builtIn: true);
        if (!list.Problems.IsEmpty)
            throw new InvalidOperationException($"The built-in phrase list has errors: {string.Join("; ", list.Problems)}");
        return list;
    }
}
