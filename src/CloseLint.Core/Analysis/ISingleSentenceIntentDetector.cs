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

/// <summary>Reading one sentence with any detector.</summary>
public static class SentenceIntentDetectorExtensions
{
    /// <summary>
    /// The intent of <paramref name="document"/>'s sentence at <paramref name="sentenceIndex"/>: asked alone when
    /// <paramref name="detector"/> can read a sentence alone, otherwise read from the whole document's answer.
    /// </summary>
    public static SentenceIntent ClassifySentence(this ISentenceIntentDetector detector, ScriptDocument document, int sentenceIndex)
    {
        ArgumentNullException.ThrowIfNull(detector);
        return detector is ISingleSentenceIntentDetector single ? single.Classify(document, sentenceIndex) : detector.Classify(document)[sentenceIndex];
    }
}
