using System.Runtime.CompilerServices;
using CloseLint.Speaking;
using CloseLint.Syntax;

namespace CloseLint.LanguageServer.Features;

/// <summary>
/// The whole script's speaking time, sent after every analysis, without counting the spoken words of every sentence
/// again: a sentence's count depends on its text only, and a sentence an edit did not touch keeps its very text
/// string (<see cref="ScriptDocument.WithText"/>), so counts are remembered by that string, weakly.
/// </summary>
internal static class SpokenWordCounts
{
    private static readonly ConditionalWeakTable<string, StrongBox<int>> Counts = new();

    /// <summary>Exactly <see cref="SpeakingTimeEstimator.Seconds(ScriptDocument)"/>, summed in the same order.</summary>
    public static double Seconds(ScriptDocument document, SpeakingTimeEstimator estimator)
    {
        var total = 0.0;
        foreach (var sentence in document.Sentences)
        {
            if (!Counts.TryGetValue(sentence.Text, out var count))
            {
                count = new StrongBox<int>(SpeakingTimeEstimator.SpokenWords(sentence));
                Counts.AddOrUpdate(sentence.Text, count);
            }

            total += count.Value * 60.0 / estimator.WordsPerMinute + estimator.PauseSeconds;
        }

        return total;
    }
}
