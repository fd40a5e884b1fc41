using System.Collections.Immutable;
using System.Text;
using CloseLint.Analysis;

namespace CloseLint.Intent.Training;

/// <summary>Reads labelled sentences from <c>label&lt;TAB&gt;text</c> files (no quoting; an optional header row).</summary>
public static class IntentDataset
{
    /// <summary>Every <c>*.tsv</c> file in <paramref name="directory"/>, in ordinal file-name order, deduplicated.</summary>
    public static ImmutableArray<IntentExample> ReadDirectory(string directory)
    {
        var files = Directory.GetFiles(directory, "*.tsv").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0) throw new InvalidDataException($"No *.tsv files in {directory}.");
        return Deduplicate(files.SelectMany(ReadFile));
    }

    /// <summary>Reads one file, or every file of a directory.</summary>
    public static ImmutableArray<IntentExample> Read(string path) =>
        Directory.Exists(path) ? ReadDirectory(path) : [.. ReadFile(path)];

    /// <summary>Reads one file. A first row whose label is <c>label</c> is a header; labels may be in any case.</summary>
    public static IEnumerable<IntentExample> ReadFile(string path)
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var tab = line.IndexOf('\t');
            if (tab < 0) throw new InvalidDataException($"{path}({lineNumber}): expected label<TAB>text.");
            var label = line.AsSpan(0, tab);
            if (lineNumber == 1 && label.Equals("label", StringComparison.OrdinalIgnoreCase)) continue;
            if (!IntentLabelNames.TryParse(label, out var intent))
                throw new InvalidDataException($"{path}({lineNumber}): unknown label '{label}'.");
            var text = line[(tab + 1)..].Trim();
            if (text.Length > 0) yield return new IntentExample(intent, text);
        }
    }

    /// <summary>Drops repeated sentences (same normalized text), keeping the first.</summary>
    public static ImmutableArray<IntentExample> Deduplicate(IEnumerable<IntentExample> examples)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. examples.Where(e => seen.Add(IntentTextNormalizer.Normalize(e.Text)))];
    }

    /// <summary>How many examples each label has.</summary>
    public static ImmutableDictionary<IntentLabel, int> CountByLabel(IEnumerable<IntentExample> examples) =>
        examples.GroupBy(e => e.Label).ToImmutableDictionary(g => g.Key, g => g.Count());
}
