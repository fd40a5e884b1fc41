using System.Text;
using System.Text.Json;
using CloseLint.Analysis;

namespace CloseLint.Analyzers.Tests.Evaluation;

/// <summary>
/// The development set in <c>../shared/eval</c> next to the repository: closing scripts (and a CSV of worksheet
/// submissions) with the fields each rule should find. Read only to measure; nothing here feeds the detector.
/// </summary>
internal static class DevSet
{
    /// <summary>The <c>eval</c> folder, or null when it is not next to the repository.</summary>
    public static string? Folder { get; } = FindFolder();

    /// <summary>Every script with its expected fields, in file order.</summary>
    public static IEnumerable<DevScript> Scripts(string folder)
    {
        var scripts = Path.Combine(folder, "scripts");
        foreach (var line in File.ReadLines(Path.Combine(scripts, "expected.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var fields = JsonDocument.Parse(line).RootElement;
            var name = fields.GetProperty("file").GetString()!;
            yield return new DevScript(name, File.ReadAllBytes(Path.Combine(scripts, name)), Expected(fields));
        }
    }

    /// <summary>Every worksheet submission with its expected fields.</summary>
    public static IEnumerable<DevScript> Worksheets(string folder)
    {
        var expected = File.ReadLines(Path.Combine(folder, "worksheets-expected.jsonl"))
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("student").GetString()!, StringComparer.Ordinal);
        var rows = ReadCsv(File.ReadAllText(Path.Combine(folder, "worksheets.csv")));
        var header = rows[0];
        var student = Array.IndexOf(header, "student");
        var script = Array.IndexOf(header, "closing_script");
        foreach (var row in rows.Skip(1))
            yield return new DevScript(row[student], Encoding.UTF8.GetBytes(row[script]), Expected(expected[row[student]]));
    }

    /// <summary>The rows of a sentence file: label, the label it is confusable with (when the file has that column), text.</summary>
    public static IEnumerable<(IntentLabel Label, IntentLabel? ConfusableWith, string Text)> Sentences(string folder, string fileName)
    {
        foreach (var line in File.ReadLines(Path.Combine(folder, fileName)).Skip(1))
        {
            if (line.Length == 0) continue;
            var fields = line.Split('\t');
            IntentLabel? confusable = fields.Length > 2 ? Label(fields[1]) : null;
            yield return (Label(fields[0]), confusable, fields[^1]);
        }
    }

    private static IntentLabel Label(string name) => Enum.Parse<IntentLabel>(name, ignoreCase: true);

    private static DevExpectation Expected(JsonElement fields) => new(
        fields.GetProperty("summary_seconds_over_30").GetBoolean(),
        fields.GetProperty("has_concern_question").GetBoolean(),
        fields.GetProperty("ask_parts").GetString()!,
        [.. fields.GetProperty("gimmick_phrases").EnumerateArray().Select(p => p.GetString()!)],
        fields.GetProperty("ask_before_concern").GetBoolean(),
        fields.GetProperty("verbatim_template").GetBoolean());

    /// <summary>RFC 4180: fields quoted when needed, doubled quotes inside, line breaks inside quoted fields.</summary>
    private static List<string[]> ReadCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else field.Append(c);
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add([.. row]);
        }

        return rows;
    }

    private static string? FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (!File.Exists(Path.Combine(directory.FullName, "CloseLint.sln"))) continue;
            var eval = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "eval"));
            return Directory.Exists(Path.Combine(eval, "scripts")) ? eval : null;
        }

        return null;
    }
}
