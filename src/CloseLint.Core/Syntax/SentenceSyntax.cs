using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using CloseLint.Text;

namespace CloseLint.Syntax;

/// <summary>One sentence of prose.</summary>
public sealed class SentenceSyntax
{
    internal SentenceSyntax(int index, TextSpan span, string text, ImmutableArray<WordToken> words, int paragraphIndex, int sectionIndex,
        SentenceMemo? memo = null)
    {
        _memo = memo;
        Index = index;
        Span = span;
        Text = text;
        Words = words;
        ParagraphIndex = paragraphIndex;
        SectionIndex = sectionIndex;
    }

    /// <summary>The sentence's position in <see cref="ScriptDocument.Sentences"/>.</summary>
    public int Index { get; }

    /// <summary>From the first to the last prose character.</summary>
    public TextSpan Span { get; }

    /// <summary>
    /// The sentence as prose, exactly as long as <see cref="Span"/>: markup, hidden text and line breaks read as
    /// spaces, so index <c>i</c> here is offset <c>Span.Start + i</c> in the document.
    /// </summary>
    public string Text { get; }

    /// <summary>The spoken words, in order.</summary>
    public ImmutableArray<WordToken> Words { get; }

    /// <summary>The paragraph the sentence belongs to.</summary>
    public int ParagraphIndex { get; }

    /// <summary>The section the sentence belongs to.</summary>
    public int SectionIndex { get; }

    /// <summary>Shared with the earlier versions of this sentence that a reparse reused; made on first use.</summary>
    internal SentenceMemo Memo => Volatile.Read(ref _memo) ?? Interlocked.CompareExchange(ref _memo, new SentenceMemo(), null) ?? _memo!;

    private SentenceMemo? _memo;

    /// <summary>
    /// Finds a value stored with <see cref="SetTextValue"/> under <paramref name="key"/> (compared by reference) for this
    /// sentence or for an earlier version of it that <see cref="ScriptDocument.WithText"/> brought over. It lets a host
    /// that analyzes one version after another skip work on the sentences an edit did not touch, without hashing them.
    /// </summary>
    public bool TryGetTextValue<T>(object key, [MaybeNullWhen(false)] out T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (Volatile.Read(ref _memo) is { } memo && memo.TryGet(key, out var stored) && stored is T typed)
        {
            value = typed;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>
    /// Stores <paramref name="value"/> under <paramref name="key"/> for this sentence and for the later versions of it
    /// that <see cref="ScriptDocument.WithText"/> brings over, which have the same text but may lie elsewhere, in
    /// another paragraph or section. So store only what follows from the text alone (and from what the key stands
    /// for). A sentence keeps a few keys; the oldest is dropped past that.
    /// </summary>
    public void SetTextValue<T>(object key, T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        Memo.Set(key, value);
    }

    /// <summary>True when the sentence ends with a question mark.</summary>
    public bool IsQuestion => Text.AsSpan().TrimEnd(" \"'”’)]*_").EndsWith("?");

    /// <summary>The text with runs of whitespace collapsed to one space.</summary>
    public string NormalizedText => _normalized ??= string.Join(' ', Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private string? _normalized;

    /// <inheritdoc/>
    public override string ToString() => NormalizedText;
}
