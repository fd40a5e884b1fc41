using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using CloseLint.Analysis;
using CloseLint.Syntax;

namespace CloseLint.LanguageServer.Diagnostics;

/// <summary>
/// Remembers sentence intents across edits, so an edit re-classifies only the sentences it touched. It relies on
/// what CloseLint's detectors promise: a sentence's intent depends on its words and its section's kind only.
/// Sentences not seen before are asked about one by one when the inner detector can read a sentence alone
/// (<see cref="ISingleSentenceIntentDetector"/>, as the shipped detectors can) and they are at most half the
/// document; otherwise the whole document is classified again. Either way the answer is the inner detector's.
/// <para>
/// A sentence that a reparse brought over from the previous version (<see cref="ScriptDocument.WithText"/>) carries
/// its intent with it (<see cref="SentenceSyntax.TryGetTextValue{T}"/>), so it is found without reading the text again.
/// </para>
/// <para>
/// Sentences are otherwise remembered by a 128-bit digest of their text, not the text. Memory is bounded by
/// <paramref name="capacity"/> sentences in two generations: when the recent one holds half
/// of them it becomes the older one and the previous older one is dropped; a sentence found in the older one moves
/// back to the recent one. Sentences of the documents being edited stay; versions typed over are forgotten.
/// </para>
/// </summary>
internal sealed class CachingIntentDetector(ISentenceIntentDetector inner, int capacity = 40_000) : ISentenceIntentDetector
{
    private readonly Lock _swapGate = new();
    private ConcurrentDictionary<Key, SentenceIntent> _recent = new();
    private ConcurrentDictionary<Key, SentenceIntent> _older = new();

    /// <summary>Sentences remembered now (for tests): at most the capacity.</summary>
    public int Count => Volatile.Read(ref _recent).Count + Volatile.Read(ref _older).Count;

    public string Name => inner.Name;

    /// <summary>Sentences classified by the inner detector so far (for tests and benchmarks).</summary>
    public long Classified => Interlocked.Read(ref _classified);

    private long _classified;

    public ImmutableArray<SentenceIntent> Classify(ScriptDocument document, CancellationToken cancellationToken = default)
    {
        var detector = inner.Name;
        var sentences = document.Sentences;
        var intents = new SentenceIntent[sentences.Length];
        var missing = new List<int>();
        for (var i = 0; i < sentences.Length; i++)
        {
            var sentence = sentences[i];
            var kind = document.GetSection(sentence).Kind;
            if (sentence.TryGetTextValue<Known>(this, out var known) && known.Kind == kind && known.Detector == detector)
            {
                intents[i] = known.Intent;
            }
            else if (TryGet(KeyOf(detector, document, sentence), out var intent))
            {
                intents[i] = intent;
                sentence.SetTextValue(this, new Known(detector, kind, intent));
            }
            else
            {
                missing.Add(i);
            }
        }

        if (missing.Count == 0) return ImmutableCollectionsMarshal.AsImmutableArray(intents);
        // Sentence by sentence for an edit's few new sentences; a document mostly new (just opened) is read whole,
        // which shares scratch buffers and spreads a long document over the cores.
        if (inner is ISingleSentenceIntentDetector single && missing.Count * 2 <= sentences.Length)
        {
            foreach (var index in missing)
            {
                cancellationToken.ThrowIfCancellationRequested();
                intents[index] = single.Classify(document, index);
                Remember(detector, document, sentences[index], intents[index]);
            }

            Interlocked.Add(ref _classified, missing.Count);
            return ImmutableCollectionsMarshal.AsImmutableArray(intents);
        }

        var all = inner.Classify(document, cancellationToken);
        Interlocked.Add(ref _classified, sentences.Length);
        Remember(detector, document, Enumerable.Range(0, sentences.Length), all.AsSpan());
        return all;
    }

    private bool TryGet(Key key, out SentenceIntent intent)
    {
        if (Volatile.Read(ref _recent).TryGetValue(key, out intent)) return true;
        if (!Volatile.Read(ref _older).TryGetValue(key, out intent)) return false;
        Add(key, intent);
        return true;
    }

    private void Remember(string detector, ScriptDocument document, IEnumerable<int> indices, ReadOnlySpan<SentenceIntent> intents)
    {
        var i = 0;
        foreach (var index in indices) Remember(detector, document, document.Sentences[index], intents[i++]);
    }

    private void Remember(string detector, ScriptDocument document, SentenceSyntax sentence, SentenceIntent intent)
    {
        Add(KeyOf(detector, document, sentence), intent);
        sentence.SetTextValue(this, new Known(detector, document.GetSection(sentence).Kind, intent));
    }

    private void Add(Key key, SentenceIntent intent)
    {
        var recent = Volatile.Read(ref _recent);
        if (!recent.TryAdd(key, intent) || recent.Count < Math.Max(1, capacity / 2)) return;
        lock (_swapGate)
        {
            if (recent != _recent) return;
            Volatile.Write(ref _older, recent);
            Volatile.Write(ref _recent, new ConcurrentDictionary<Key, SentenceIntent>());
        }
    }

    private static Key KeyOf(string detector, ScriptDocument document, SentenceSyntax sentence)
    {
        // A 128-bit digest of the sentence's prose as is (no normalizing: keys are built for every sentence of every
        // version) rather than the text itself, so the cache does not keep every typed-over version's strings alive.
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(MemoryMarshal.AsBytes(sentence.Text.AsSpan()), digest);
        return new(detector, document.GetSection(sentence).Kind, BinaryPrimitives.ReadUInt64LittleEndian(digest),
            BinaryPrimitives.ReadUInt64LittleEndian(digest[8..]), sentence.Text.Length);
    }

    private sealed record Known(string Detector, SectionKind Kind, SentenceIntent Intent);

    private readonly record struct Key(string Detector, SectionKind Kind, ulong Digest1, ulong Digest2, int Length);
}
