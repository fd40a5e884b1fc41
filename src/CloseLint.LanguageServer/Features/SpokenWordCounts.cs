using CloseLint.Speaking;
using CloseLint.Syntax;

namespace CloseLint.LanguageServer.Features;

/// <summary>
/// The whole script's speaking time, sent after every analysis, without counting the spoken words of every sentence
/// again: a sentence's count depends on its text only, and a sentence an edit did not touch carries it over
/// (<see cref="SentenceSyntax.SetTextValue{T}"/>).
/// </summary>
internal static class SpokenWordCounts
{
    private static readonly object Key = new();

    /// <summary>Exactly <see cref="SpeakingTimeEstimator.Seconds(ScriptDocument)"/>, summed in the same order.</summary>
    public static double Seconds(ScriptDocument document, SpeakingTimeEstimator estimator)
    {
        var total = 0.0;
        foreach (var sentence in document.Sentences)
        {
            if (!sentence.TryGetTextValue<int>(Key, out var count))
            {
                count = SpeakingTimeEstimator.SpokenWords(sentence);
                sentence.SetTextValue(Key, count);
            }

            total += count * 60.0 / estimator.WordsPerMinute + estimator.PauseSeconds;
        }

        return total;
    }
}
