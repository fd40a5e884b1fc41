using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.Syntax;

namespace CloseLint.Analyzers.Tests.Rules;

/// <summary>
/// A test detector that gives <paramref name="label"/> at <paramref name="confidence"/> to every sentence containing
/// <paramref name="keyword"/> and "other" to the rest, to test how a rule reads intents without depending on a model.
/// </summary>
internal sealed class KeywordIntentDetector(string keyword, IntentLabel label, float confidence) : ISentenceIntentDetector
{
    public string Name => "keyword";

    public ImmutableArray<SentenceIntent> Classify(ScriptDocument document, CancellationToken cancellationToken = default) =>
        [.. document.Sentences.Select(s => s.Text.Contains(keyword, StringComparison.OrdinalIgnoreCase) ? new SentenceIntent(label, confidence) : SentenceIntent.Other)];
}
