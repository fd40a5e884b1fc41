using System.Collections.Concurrent;
using CloseLint.Analysis;

namespace CloseLint.PhraseLists;

/// <summary>
/// Finds the phrase lists for a document's options: the built-in lists, plus the files named by
/// <c>closelint_extra_gimmick_phrases</c> and <c>closelint_extra_hedge_phrases</c> (relative to the
/// <c>.editorconfig</c> that set them). Files are read once and read again when their timestamp or size changes.
/// A missing or bad file never throws: its problems travel in <see cref="PhraseList.Problems"/>.
/// </summary>
public static class PhraseListProvider
{
    /// <summary>The option naming an extra gimmick list.</summary>
    public const string ExtraGimmickPhrasesKey = "closelint_extra_gimmick_phrases";

    /// <summary>The option naming an extra hedge list.</summary>
    public const string ExtraHedgePhrasesKey = "closelint_extra_hedge_phrases";

    private static readonly ConcurrentDictionary<string, CachedList> Cache = new(StringComparer.Ordinal);

    /// <summary>The lists that apply under <paramref name="options"/>.</summary>
    public static PhraseListSet ForOptions(AnalyzerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var gimmicks = WithExtra(options, ExtraGimmickPhrasesKey, BuiltInPhraseLists.Gimmicks);
        var hedges = WithExtra(options, ExtraHedgePhrasesKey, BuiltInPhraseLists.Hedges);
        return ReferenceEquals(gimmicks, BuiltInPhraseLists.Gimmicks) && ReferenceEquals(hedges, BuiltInPhraseLists.Hedges)
            ? PhraseListSet.BuiltIn
            : new PhraseListSet(gimmicks, hedges);
    }

    // The user's list comes first, so its entries win ties against the built-in ones.
    private static PhraseList WithExtra(AnalyzerOptions options, string key, PhraseList builtIn)
    {
        if (!options.TryGetPath(key, out var path)) return builtIn;
        var cacheKey = key + "|" + path;
        var stamp = Stamp(path);
        if (Cache.TryGetValue(cacheKey, out var cached) && cached.Stamp == stamp) return cached.List;
        var list = PhraseList.Load(path).Concat(builtIn);
        Cache[cacheKey] = new CachedList(stamp, list);
        return list;
    }

    private static (DateTime WriteTimeUtc, long Length) Stamp(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? (info.LastWriteTimeUtc, info.Length) : default;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return default;
        }
    }

    private sealed record CachedList((DateTime WriteTimeUtc, long Length) Stamp, PhraseList List);
}
