using System.Collections.Immutable;
using CloseLint.Syntax;

namespace CloseLint.Analysis;

/// <summary>
/// Decides what every sentence of a document does. Implementations are thread-safe; the host picks one
/// (the combined model detector when the model loads, the lexical one otherwise) and rules only read the result.
/// </summary>
public interface ISentenceIntentDetector
{
    /// <summary>A short name for logs and reports, such as <c>lexical</c> or <c>combined</c>.</summary>
    string Name { get; }

    /// <summary>One intent per sentence, aligned with <see cref="ScriptDocument.Sentences"/>.</summary>
    ImmutableArray<SentenceIntent> Classify(ScriptDocument document, CancellationToken cancellationToken = default);
}
