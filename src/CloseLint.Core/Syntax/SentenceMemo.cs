namespace CloseLint.Syntax;

/// <summary>
/// Values worked out from a sentence's text, shared by every version of the sentence that
/// <see cref="ScriptDocument.WithText"/> brought over from an earlier parse (same text, perhaps another place), so they
/// are found again without hashing or comparing the text. A few keys at most; the oldest is dropped past that.
/// </summary>
internal sealed class SentenceMemo
{
    private const int MaxEntries = 8;

    // Replaced whole, never changed in place, so readers need no lock; a racing writer may drop another's entry.
    private volatile KeyValuePair<object, object?>[] _entries = [];

    public bool TryGet(object key, out object? value)
    {
        foreach (var entry in _entries)
        {
            if (ReferenceEquals(entry.Key, key))
            {
                value = entry.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    public void Set(object key, object? value)
    {
        var entries = _entries;
        var kept = new List<KeyValuePair<object, object?>>(Math.Min(entries.Length + 1, MaxEntries)) { new(key, value) };
        foreach (var entry in entries)
            if (!ReferenceEquals(entry.Key, key) && kept.Count < MaxEntries) kept.Add(entry);
        _entries = [.. kept];
    }
}
