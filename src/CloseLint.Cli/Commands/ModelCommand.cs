using System.CommandLine;
using System.Runtime.CompilerServices;
using CloseLint.Intent.Training;

namespace CloseLint.Cli.Commands;

/// <summary>`closelint model`: Trains and evaluates the intent model.</summary>
internal static class ModelCommand
{
    public static Command Create()
    {
        var command = new Command("model", "Trains and evaluates the intent model.");
        command.Subcommands.Add(CreateTrain());
        command.Subcommands.Add(CreateEval());
        return command;
    }

    private static Command CreateTrain()
    {
        var data = new Option<string>("--data") { Description = "A TSV file or folder of label<TAB>text files.", DefaultValueFactory = _ => "models/intent/data" };
        var output = new Option<string>("--output") { Description = "Where to write the model file.", DefaultValueFactory = _ => "models/intent/intent-model.zip" };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds.", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "Seed for folds and trainers.", DefaultValueFactory = _ => 1 };
        var pipelines = new Option<string[]>("--pipeline")
        {
            Description = $"Pipelines to compare (default all): {string.Join(", ", IntentTrainer.PipelineNames)}.",
            AllowMultipleArgumentsPerToken = true,
        };
        var errors = new Option<string?>("--errors") { Description = "Write the winner's cross-validation mistakes to this TSV file." };
        var noOutput = new Option<bool>("--cv-only") { Description = "Only cross-validate; write no model." };

        var command = new Command("train", "Cross-validates the candidate pipelines and writes the best one as the model file.");
        foreach (var option in new Option[] { data, output, folds, seed, pipelines, errors, noOutput }) command.Options.Add(option);
        command.SetAction(parseResult =>
        {
            // ML.NET builds code at run time, which the native (ahead-of-time compiled) closelint cannot do; this
            // check also lets the native build leave ML.NET out entirely.
            if (!RuntimeFeature.IsDynamicCodeSupported)
            {
                Console.Error.WriteLine("closelint model train: training needs the JIT-compiled build of closelint; run it from the source tree: dotnet run --project src/CloseLint.Cli -- model train");
                return ExitCodes.UsageOrInputError;
            }

            var options = new IntentTrainingOptions
            {
                DataPath = parseResult.GetValue(data)!,
                OutputPath = parseResult.GetValue(noOutput) ? null : parseResult.GetValue(output),
                Folds = parseResult.GetValue(folds),
                Seed = parseResult.GetValue(seed),
                Pipelines = [.. parseResult.GetValue(pipelines) ?? []],
                ErrorsPath = parseResult.GetValue(errors),
            };
            try
            {
                IntentTrainer.Train(options, Console.Out);
                return 0;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"closelint model train: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static Command CreateEval()
    {
        var dev = new Option<string>("--dev") { Description = "A labelled TSV file (label<TAB>text, header allowed, no quoting).", Required = true };
        var model = new Option<string?>("--model") { Description = "A model file (default: the one built into closelint)." };
        var errors = new Option<string?>("--errors") { Description = "Write the combined detector's mistakes to this TSV file." };
        var command = new Command("eval", "Scores the lexical detector, the model and their combination on a labelled file.");
        foreach (var option in new Option[] { dev, model, errors }) command.Options.Add(option);
        command.SetAction(parseResult =>
        {
            try
            {
                IntentEvaluator.Run(parseResult.GetValue(dev)!, parseResult.GetValue(model), parseResult.GetValue(errors), Console.Out);
                return 0;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or Intent.IntentModelLoadException)
            {
                Console.Error.WriteLine($"closelint model eval: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
