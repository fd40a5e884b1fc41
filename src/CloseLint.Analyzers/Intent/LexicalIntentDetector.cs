using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.Syntax;

namespace CloseLint.Intent;

/// <summary>
/// Reads sentence intents from careful word patterns and section headings, so every rule works without a model.
/// </summary>
public sealed class LexicalIntentDetector : ISentenceIntentDetector
{
    /// <summary>The shared instance (the detector is stateless).</summary>
    public static LexicalIntentDetector Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "lexical";

    /// <inheritdoc/>
    public ImmutableArray<SentenceIntent> Classify(ScriptDocument document, CancellationToken cancellationToken = default)
    {
        // Placeholder until the patterns land: every sentence reads as "other".
        return [.. document.Sentences.Select(_ => SentenceIntent.Other)];
    }
}
