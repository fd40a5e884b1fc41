using CloseLint.Syntax;

namespace CloseLint.Analysis;

/// <summary>
/// A detector that can read one sentence on its own, so a detector that combines several asks it only about the
/// sentences where its reading can still change the outcome.
/// </summary>
public interface ISingleSentenceIntentDetector : ISentenceIntentDetector
{
    /// <summary>The intent of <paramref name="document"/>'s sentence at <paramref name="sentenceIndex"/>, as <see cref="ISentenceIntentDetector.Classify"/> would give it.</summary>
    SentenceIntent Classify(ScriptDocument document, int sentenceIndex);
}
