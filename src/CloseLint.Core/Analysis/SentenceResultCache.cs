using System.Collections.Concurrent;
using CloseLint.Syntax;
using CloseLint.Text;

namespace CloseLint.Analysis;

/// <summary>
/// Remembers what sentence-local actions (<see cref="AnalysisContext.RegisterSentenceLocalAction{TState}"/>) found in
/// each sentence, so a driver that analyzes one version of a document after another (a language server) runs them
/// only on the sentences an edit changed. Findings are kept relative to their sentence and moved to wherever the
/// same sentence is now. A sentence that <see cref="ScriptDocument.WithText"/> brought over from an earlier version
/// carries its findings with it, so they are found without reading its text. Safe to share between threads and drivers.
/// <para>
/// Memory is bounded by the capacity in sentence results, in two generations: when the recent one holds half of them
/// it becomes the older one and the previous older one is dropped; a result found in the older one moves back to
/// the recent one. So the sentences of the documents being edited stay, and versions typed over are forgotten.
/// </para>
/// </summary>
public sealed class SentenceResultCache
{
    private readonly int _capacity;
    private readonly Lock _swapGate = new();
    private ConcurrentDictionary<Key, Diagnostic[]> _recent = new();
    private ConcurrentDictionary<Key, Diagnostic[]> _older = new();
    private long _hits;
    private long _misses;

    /// <summary>Creates a cache for at most <paramref name="capacity"/> sentence results.</summary>
    public SentenceResultCache(int capacity = 200_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 2);
        _capacity = capacity;
    }

    /// <summary>Results remembered now: at most the capacity.</summary>
    public int Count => Volatile.Read(ref _recent).Count + Volatile.Read(ref _older).Count;

    /// <summary>Times a sentence's results were reused.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Times an action ran on a sentence because its results were not remembered.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>
    /// Reports the remembered findings of <paramref name="action"/> in <paramref name="sentence"/>, moved to the
    /// sentence's place in <paramref name="document"/>; false when there are none remembered.
    /// </summary>
    internal bool TryReport(object action, object? state, ScriptDocument document, SentenceSyntax sentence, SentenceIntent intent, Action<Diagnostic> report)
    {
        var kind = document.GetSection(sentence).Kind;
        if (!TryGetMemo(sentence, action, state, kind, intent, out var remembered))
        {
            if (!TryGet(new Key(action, state, sentence.Text, kind, intent), out remembered))
            {
                Interlocked.Increment(ref _misses);
                return false;
            }

            Memo(sentence, new MemoEntry(action, state, kind, intent, remembered));
        }

        Interlocked.Increment(ref _hits);
        foreach (var relative in remembered)
        {
            var span = relative.Location.SourceSpan;
            var location = Location.Create(document, new TextSpan(sentence.Span.Start + span.Start, span.Length));
            report(Diagnostic.Create(relative.Descriptor, location, relative.Properties, [.. relative.Arguments]).WithSeverity(relative.Severity));
        }

        return true;
    }

    /// <summary>Remembers what <paramref name="action"/> found in <paramref name="sentence"/>, unless something lies outside it.</summary>
    internal void Remember(object action, object? state, ScriptDocument document, SentenceSyntax sentence, SentenceIntent intent, List<Diagnostic> found)
    {
        var relativeFindings = found.Count == 0 ? [] : new Diagnostic[found.Count];
        SourceText? sentenceText = null;
        for (var i = 0; i < found.Count; i++)
        {
            var span = found[i].Location.SourceSpan;
            if (!found[i].Location.IsInSource || !sentence.Span.Contains(span)) return; // not local after all: never reused
            // Relative to the sentence, in a text of the sentence's own (so no old version of the document is kept alive).
            sentenceText ??= SourceText.From(sentence.Text);
            relativeFindings[i] = Diagnostic.Create(found[i].Descriptor,
                Location.Create(sentenceText, null, new TextSpan(span.Start - sentence.Span.Start, span.Length)),
                found[i].Properties, [.. found[i].Arguments]).WithSeverity(found[i].Severity);
        }

        var kind = document.GetSection(sentence).Kind;
        Add(new Key(action, state, sentence.Text, kind, intent), relativeFindings);
        Memo(sentence, new MemoEntry(action, state, kind, intent, relativeFindings));
    }

    // First the sentence's own memo (shared with the versions of it a reparse brought over): no hashing of the text.
    private static bool TryGetMemo(SentenceSyntax sentence, object action, object? state, SectionKind kind, SentenceIntent intent, out Diagnostic[] findings)
    {
        if (sentence.TryGetTextValue<MemoEntry>(action, out var entry) && entry.Kind == kind && entry.Intent == intent && Equals(entry.State, state))
        {
            findings = entry.Findings;
            return true;
        }

        findings = [];
        return false;
    }

    private static void Memo(SentenceSyntax sentence, MemoEntry entry) => sentence.SetTextValue(entry.Action, entry);

    private sealed record MemoEntry(object Action, object? State, SectionKind Kind, SentenceIntent Intent, Diagnostic[] Findings);

    private bool TryGet(Key key, out Diagnostic[] findings)
    {
        if (Volatile.Read(ref _recent).TryGetValue(key, out findings!)) return true;
        if (!Volatile.Read(ref _older).TryGetValue(key, out findings!)) return false;
        Add(key, findings);
        return true;
    }

    private void Add(Key key, Diagnostic[] findings)
    {
        var recent = Volatile.Read(ref _recent);
        if (!recent.TryAdd(key, findings) || recent.Count < _capacity / 2) return;
        lock (_swapGate)
        {
            if (recent != _recent) return;
            Volatile.Write(ref _older, recent);
            Volatile.Write(ref _recent, new ConcurrentDictionary<Key, Diagnostic[]>());
        }
    }

    private readonly record struct Key(object Action, object? State, string Text, SectionKind Kind, SentenceIntent Intent);
}
