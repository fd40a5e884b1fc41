using System.Collections.Immutable;
using System.Globalization;
using CloseLint.Analysis;

namespace CloseLint.Intent.Training;

/// <summary>
/// Reproducible training: stratified k-fold cross-validation of each candidate pipeline with a fixed seed, then the
/// best shippable pipeline fitted on all the data and written as the model file.
/// </summary>
public static class IntentTrainer
{
    /// <summary>The hash bits of the shipped featurizer.</summary>
    public const int DefaultBits = 16;

    /// <summary>The ids of the pipelines <see cref="Train"/> can compare.</summary>
    public static ImmutableArray<string> PipelineNames => [.. CreatePipelines().Select(p => p.Name)];

    /// <summary>Runs cross-validation and training, writing progress and tables to <paramref name="log"/>.</summary>
    public static IntentTrainingResult Train(IntentTrainingOptions options, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var examples = IntentDataset.Read(options.DataPath);
        var counts = IntentDataset.CountByLabel(examples);
        log.WriteLine(Invariant($"{examples.Length} sentences: {string.Join(", ", IntentLabelNames.All.Select(l => $"{IntentLabelNames.ToName(l)} {counts.GetValueOrDefault(l)}"))}"));

        var pipelines = CreatePipelines().Where(p => options.Pipelines.IsDefaultOrEmpty || options.Pipelines.Contains(p.Name, StringComparer.OrdinalIgnoreCase)).ToArray();
        if (pipelines.Length == 0) throw new ArgumentException($"No such pipeline; choose from {string.Join(", ", PipelineNames)}.", nameof(options));

        var results = ImmutableArray.CreateBuilder<CrossValidationResult>();
        foreach (var pipeline in pipelines)
        {
            log.WriteLine();
            log.WriteLine(Invariant($"## {pipeline.Name}: {pipeline.Description}"));
            var started = System.Diagnostics.Stopwatch.StartNew();
            var result = CrossValidate(pipeline, examples, options.Folds, options.Seed);
            log.WriteLine(Invariant($"{options.Folds}-fold cross-validation, seed {options.Seed}, {started.Elapsed.TotalSeconds:0.0} s"));
            log.WriteLine();
            log.WriteLine(result.Report.ToMarkdownTable());
            log.WriteLine(result.Report.ToMarkdownConfusionMatrix());
            results.Add(result);
        }

        // Ties go to the pipeline listed first (the simpler, faster one).
        var winner = results.Where(r => r.Shippable).OrderByDescending(r => Math.Round(r.Report.MacroF1, 4)).FirstOrDefault()
            ?? throw new ArgumentException("None of the chosen pipelines can be shipped.", nameof(options));
        log.WriteLine(Invariant($"Winner: {winner.Pipeline} (macro-F1 {winner.Report.MacroF1:0.000})"));

        if (options.ErrorsPath is { } errorsPath) WriteErrors(winner, errorsPath);
        ReportCombination(winner, log);

        long bytes = 0;
        if (options.OutputPath is { } output)
        {
            var pipeline = (HashedMaxEntPipeline)pipelines.First(p => p.Name == winner.Pipeline);
            var trained = pipeline.Train(examples, options.Seed);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            using (var stream = File.Create(output)) trained.Save(stream);
            bytes = new FileInfo(output).Length;
            log.WriteLine(Invariant($"Wrote {output} ({bytes / 1024.0:0} KiB, {trained.Model.NonZeroWeightCount} non-zero weights)"));
        }

        return new IntentTrainingResult(examples.Length, results.ToImmutable(), winner, options.OutputPath, bytes);
    }

    /// <summary>Cross-validates one pipeline by id.</summary>
    public static CrossValidationResult CrossValidate(string pipeline, ImmutableArray<IntentExample> examples, int folds, int seed) =>
        CrossValidate(CreatePipelines().First(p => p.Name.Equals(pipeline, StringComparison.OrdinalIgnoreCase)), examples, folds, seed);

    /// <summary>Fits a shippable pipeline (the shipped one by default) on <paramref name="examples"/> and writes the model file.</summary>
    public static void TrainModel(ImmutableArray<IntentExample> examples, int seed, Stream destination, string pipeline = "hashed-lbfgs") =>
        ((HashedMaxEntPipeline)CreatePipelines().First(p => p.CanShip && p.Name.Equals(pipeline, StringComparison.OrdinalIgnoreCase))).Train(examples, seed).Save(destination);

    internal static CrossValidationResult CrossValidate(IntentPipeline pipeline, ImmutableArray<IntentExample> examples, int folds, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var fold = AssignFolds(examples, folds, seed);
        var predictions = new SentenceIntent[examples.Length];
        for (var k = 0; k < folds; k++)
        {
            var training = examples.Where((_, i) => fold[i] != k).ToImmutableArray();
            var classifier = pipeline.Fit(training, seed);
            for (var i = 0; i < examples.Length; i++)
                if (fold[i] == k) predictions[i] = classifier.Predict(examples[i].Text);
        }

        var pairs = examples.Select((e, i) => (e, predictions[i])).ToImmutableArray();
        var report = ClassificationReport.Create(pairs.Select(p => (p.e.Label, p.Item2.Label)));
        return new CrossValidationResult(pipeline.Name, pipeline.Description, pipeline.CanShip, report, pairs);
    }

    /// <summary>Stratified folds: each label's examples shuffled with the seed and dealt round-robin.</summary>
    internal static int[] AssignFolds(ImmutableArray<IntentExample> examples, int folds, int seed)
    {
        var fold = new int[examples.Length];
        var random = new Random(seed);
        foreach (var label in IntentLabelNames.All)
        {
            var indices = Enumerable.Range(0, examples.Length).Where(i => examples[i].Label == label).ToArray();
            random.Shuffle(indices);
            for (var j = 0; j < indices.Length; j++) fold[indices[j]] = j % folds;
        }

        return fold;
    }

    /// <remarks>
    /// The shipped pipeline is listed first. The settings come from cross-validation on the training data only (see
    /// models/intent/MODEL.md for the variants tried: SDCA at several L2 strengths, 2^16 against 2^18 slots, word
    /// 3-grams, L-BFGS at L2 0.003 to 0.03).
    /// </remarks>
    internal static IntentPipeline[] CreatePipelines() =>
    [
        new HashedMaxEntPipeline(HashedMaxEntPipeline.Trainer.Lbfgs, DefaultBits, l2: 1e-2f, l1: 0f),
        new HashedMaxEntPipeline(HashedMaxEntPipeline.Trainer.Sdca, DefaultBits, l2: 1e-5f, l1: 0f),
        new FeaturizeTextPipeline(l2: 1e-5f),
    ];

    /// <summary>
    /// Scores <see cref="CombinedIntentDetector"/>'s rule on the out-of-fold predictions (the model never saw the
    /// sentence) with the lexical detector's reading of each sentence, for the default thresholds and a small grid.
    /// </summary>
    private static void ReportCombination(CrossValidationResult winner, TextWriter log)
    {
        var lexical = winner.Predictions.Select(p => IntentEvaluator.ClassifySentence(LexicalIntentDetector.Instance, p.Example.Text)).ToArray();
        log.WriteLine();
        log.WriteLine("## combined with the lexical detector, on the out-of-fold predictions");
        log.WriteLine();
        log.WriteLine("| model threshold | lexical threshold | macro-F1 | concern P | ask P |");
        log.WriteLine("|---:|---:|---:|---:|---:|");
        ClassificationReport? chosen = null;
        foreach (var modelThreshold in new[] { 0.4f, 0.5f, 0.6f, 0.7f, 0.8f })
        {
            foreach (var lexicalThreshold in new[] { 0.8f, 0.85f, 0.9f })
            {
                var rule = new CombinedIntentDetector(LexicalIntentDetector.Instance, LexicalIntentDetector.Instance, modelThreshold, lexicalThreshold);
                var report = ClassificationReport.Create(winner.Predictions.Select((p, i) => (p.Example.Label, rule.Combine(p.Predicted, lexical[i]).Label)));
                var isDefault = modelThreshold == CombinedIntentDetector.DefaultModelThreshold && lexicalThreshold == CombinedIntentDetector.DefaultLexicalThreshold;
                if (isDefault) chosen = report;
                log.WriteLine(Invariant($"| {modelThreshold:0.00}{(isDefault ? " (default)" : "")} | {lexicalThreshold:0.00} | {report.MacroF1:0.000} | {report.Precision(IntentLabel.Concern):0.000} | {report.Precision(IntentLabel.Ask):0.000} |"));
            }
        }

        var lexicalAlone = ClassificationReport.Create(winner.Predictions.Select((p, i) => (p.Example.Label, lexical[i].Label)));
        log.WriteLine();
        log.WriteLine(Invariant($"Lexical alone on the training sentences: macro-F1 {lexicalAlone.MacroF1:0.000}. Combined with the default thresholds:"));
        log.WriteLine();
        log.WriteLine(chosen!.ToMarkdownTable());
    }

    private static void WriteErrors(CrossValidationResult result, string path)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine("expected\tpredicted\tconfidence\ttext");
        foreach (var (example, predicted) in result.Predictions.Where(p => p.Example.Label != p.Predicted.Label)
                     .OrderBy(p => p.Example.Label).ThenBy(p => p.Predicted.Label))
        {
            writer.WriteLine(Invariant($"{IntentLabelNames.ToName(example.Label)}\t{IntentLabelNames.ToName(predicted.Label)}\t{predicted.Confidence:0.00}\t{example.Text}"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
