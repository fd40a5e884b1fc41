using System.CommandLine;
using System.Text;
using CloseLint.Analysis;
using CloseLint.Speaking;

namespace CloseLint.Cli.Commands;

/// <summary>
/// <c>closelint init</c>: writes a starter <c>.editorconfig</c> section (every rule at its default severity, and the
/// main options) and a template <c>closing.md</c>. It never overwrites: an existing <c>.editorconfig</c> gets the
/// section appended unless it already configures CloseLint, and an existing script is left alone.
/// </summary>
internal static class InitCommand
{
    /// <summary>The template script's file name.</summary>
    public const string ScriptName = "closing.md";

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "Where to write the files.", DefaultValueFactory = _ => "." };
        var command = new Command("init", "Writes a starter .editorconfig section and a template closing.md; never overwrites.") { folder };
        command.SetAction(parse => Run(Path.GetFullPath(parse.GetValue(folder)!), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Writes the files into <paramref name="directory"/>; 0 when both were written, 2 when one was refused.</summary>
    public static int Run(string directory, TextWriter output, TextWriter error)
    {
        Directory.CreateDirectory(directory);
        var refused = false;

        var editorConfig = Path.Combine(directory, ".editorconfig");
        if (!File.Exists(editorConfig))
        {
            File.WriteAllText(editorConfig, "root = true\n\n" + Section(), new UTF8Encoding(false));
            output.WriteLine($"wrote {editorConfig}");
        }
        else if (File.ReadAllText(editorConfig).Contains("closelint_", StringComparison.OrdinalIgnoreCase))
        {
            error.WriteLine($"closelint: {editorConfig} already configures CloseLint; left it as it is");
            refused = true;
        }
        else
        {
            var existing = File.ReadAllText(editorConfig);
            File.AppendAllText(editorConfig, (existing.EndsWith('\n') ? "\n" : "\n\n") + Section(), new UTF8Encoding(false));
            output.WriteLine($"added a CloseLint section to {editorConfig}");
        }

        var script = Path.Combine(directory, ScriptName);
        if (File.Exists(script))
        {
            error.WriteLine($"closelint: {script} already exists; left it as it is");
            refused = true;
        }
        else
        {
            File.WriteAllText(script, RuleDocs.ReadTemplate(ScriptName), new UTF8Encoding(false));
            output.WriteLine($"wrote {script}; check it with: closelint check {ScriptName}");
        }

        return refused ? ExitCodes.UsageOrInputError : ExitCodes.Clean;
    }

    /// <summary>The starter section: the options, then one severity line a rule at its default.</summary>
    public static string Section()
    {
        var text = new StringBuilder();
        text.Append("# CloseLint: closing scripts in Markdown and plain text. Severities: none, silent, suggestion, warning, error.\n");
        text.Append("[*.{md,txt}]\n");
        text.Append("# How fast you speak, in words a minute.\n");
        text.Append($"{SpeakingTimeEstimator.RateOptionKey} = {SpeakingTimeEstimator.DefaultWordsPerMinute}\n");
        text.Append("# The longest the summary should take to say.\n");
        text.Append("closelint_summary_max_seconds = 30\n");
        foreach (var rule in BuiltInAnalyzers.Descriptors)
        {
            text.Append($"# {rule.Id}: {rule.Title}\n");
            text.Append($"closelint_diagnostic.{rule.Id}.severity = {rule.DefaultSeverity.ToConfigName()}\n");
        }

        return text.ToString();
    }
}
