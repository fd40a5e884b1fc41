using System.Collections.Immutable;
using System.Globalization;
using CloseLint.Analysis;
using CloseLint.Syntax;

namespace CloseLint.Intent.Training;

/// <summary>Scores the lexical detector, the model and the combined detector on a labelled sentence file.</summary>
public static class IntentEvaluator
{
    /// <summary>Reads <paramref name="path"/>, scores each detector and writes the tables to <paramref name="log"/>.</summary>
    /// <exception cref="IntentModelLoadException">The model did not load.</exception>
    public static ImmutableDictionary<string, ClassificationReport> Run(string path, string? modelPath, string? errorsPath, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var examples = IntentDataset.ReadFile(path).ToImmutableArray();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var model = new MlIntentDetector(modelPath is null ? IntentModel.LoadEmbedded() : IntentModel.Load(modelPath));
        var loadTime = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var combined = new CombinedIntentDetector(model, LexicalIntentDetector.Instance);
        ISentenceIntentDetector[] detectors = [LexicalIntentDetector.Instance, model, combined];

        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{examples.Length} sentences from {path}; model loaded in {loadTime.TotalMilliseconds:0} ms (cold, in this process)"));
        var reports = ImmutableDictionary.CreateBuilder<string, ClassificationReport>();
        foreach (var detector in detectors)
        {
            var predicted = examples.Select(e => ClassifySentence(detector, e.Text)).ToArray();
            var report = ClassificationReport.Create(examples.Select((e, i) => (e.Label, predicted[i].Label)));
            reports[detector.Name] = report;
            log.WriteLine();
            log.WriteLine($"## {detector.Name}");
            log.WriteLine();
            log.WriteLine(report.ToMarkdownTable());
            log.WriteLine(report.ToMarkdownConfusionMatrix());
            if (errorsPath is not null && detector == combined)
            {
                using var writer = new StreamWriter(errorsPath);
                writer.WriteLine("expected\tpredicted\tconfidence\ttext");
                for (var i = 0; i < examples.Length; i++)
                {
                    if (predicted[i].Label == examples[i].Label) continue;
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{IntentLabelNames.ToName(examples[i].Label)}\t{IntentLabelNames.ToName(predicted[i].Label)}\t{predicted[i].Confidence:0.00}\t{examples[i].Text}"));
                }
            }
        }

        return reports.ToImmutable();
    }

    /// <summary>
    /// Classifies a one-sentence text the way a script is classified: parsed as a plain-text document. When the parser
    /// splits it, the strongest label wins by the labelling precedence (gimmick, concern, ask, summary, other).
    /// </summary>
    public static SentenceIntent ClassifySentence(ISentenceIntentDetector detector, string text)
    {
        ArgumentNullException.ThrowIfNull(detector);
        var intents = detector.Classify(ScriptDocument.Parse(text, null, ScriptFormat.PlainText));
        return intents.IsEmpty ? SentenceIntent.Other : intents.MaxBy(i => Precedence(i.Label));
    }

    private static int Precedence(IntentLabel label) => label switch
    {
        IntentLabel.Gimmick => 4,
        IntentLabel.Concern => 3,
        IntentLabel.Ask => 2,
        IntentLabel.Summary => 1,
        _ => 0,
    };
}
