using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CloseLint.Analysis;
using CloseLint.Intent;
using CloseLint.Intent.Training;

namespace CloseLint.Cli.Commands;

/// <summary>`closelint classify`: Classifies sentences read from stdin, one JSON object a line.</summary>
internal static class ClassifyCommand
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static Command Create()
    {
        var detectorOption = new Option<string>("--detector")
        {
            Description = "Which detector answers: combined (model + patterns), model or lexical.",
            DefaultValueFactory = _ => "combined",
        };
        detectorOption.AcceptOnlyFromAmong("combined", "model", "lexical");
        var modelOption = new Option<string?>("--model") { Description = "A model file (default: the one built into closelint)." };

        var command = new Command("classify", "Classifies sentences read from stdin, one JSON object a line.");
        command.Options.Add(detectorOption);
        command.Options.Add(modelOption);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var detector = CreateDetector(parseResult.GetValue(detectorOption)!, parseResult.GetValue(modelOption));
            if (detector is null) return 1;
            using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
            await using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
            while (await input.ReadLineAsync(cancellationToken) is { } line)
            {
                var intent = line.Trim().Length == 0 ? SentenceIntent.Other : IntentEvaluator.ClassifySentence(detector, line);
                await output.WriteLineAsync(ToJson(line, intent));
            }

            await output.FlushAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    /// <summary>One result as <c>{"text": "...", "intent": "concern", "confidence": 0.97}</c>.</summary>
    internal static string ToJson(string text, SentenceIntent intent) => string.Create(CultureInfo.InvariantCulture,
        $"{{\"text\": \"{JsonEncodedText.Encode(text, Encoder)}\", \"intent\": \"{IntentLabelNames.ToName(intent.Label)}\", \"confidence\": {Math.Round(intent.Confidence, 4):0.####}}}");

    private static ISentenceIntentDetector? CreateDetector(string kind, string? modelPath)
    {
        if (kind == "lexical") return IntentDetectors.Lexical;
        var loaded = IntentDetectors.LoadDefault(modelPath);
        if (loaded.Error is { } error)
        {
            if (kind == "model")
            {
                Console.Error.WriteLine($"closelint classify: {error.Message}");
                return null;
            }

            Console.Error.WriteLine($"closelint classify: warning: {error.Message} Falling back to the lexical detector.");
            return loaded.Detector;
        }

        return kind == "model" ? ((CombinedIntentDetector)loaded.Detector).Model : loaded.Detector;
    }
}
