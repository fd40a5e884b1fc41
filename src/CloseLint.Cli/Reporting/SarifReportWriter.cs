using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CloseLint.Analysis;
using CloseLint.Cli.Checking;

namespace CloseLint.Cli.Reporting;

/// <summary>
/// SARIF 2.1.0 (what GitHub code scanning uploads): one run with the rule table (titles, default levels, help
/// links), one result a visible or silent finding, UTF-16 columns, and paths relative to <c>%SRCROOT%</c> (the current
/// folder). A CSV row's region is the line where the row starts, with the row, its id and the range inside the cell
/// in the result's properties; a Word document's lines are its paragraphs.
/// </summary>
internal sealed class SarifReportWriter(string currentDirectory, string toolVersion) : IReportWriter
{
    /// <summary>The schema address written in <c>$schema</c>.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private const string RootBase = "SRCROOT";

    /// <inheritdoc/>
    public void Write(BatchResult result, TextWriter output)
    {
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < result.Rules.Length; i++) ruleIndex[result.Rules[i].Id] = i;

        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, result);
            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", !result.HasInputProblems);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(RootBase);
            json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(currentDirectory) + Path.DirectorySeparatorChar).AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var script in result.Scripts)
                foreach (var finding in script.Findings)
                    WriteResult(json, script, finding, ruleIndex.TryGetValue(finding.Id, out var index) ? index : -1);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    /// <summary>A rule's SARIF <c>name</c>: its title in PascalCase ("Ask without hedging" → "AskWithoutHedging").</summary>
    public static string RuleName(string title)
    {
        var name = new StringBuilder(title.Length);
        var upper = true;
        foreach (var c in title)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            name.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return name.ToString();
    }

    private void WriteTool(Utf8JsonWriter json, BatchResult result)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "CloseLint");
        json.WriteString("informationUri", "https://github.com/closelint/closelint");
        json.WriteString("version", toolVersion);
        json.WriteString("semanticVersion", toolVersion);
        json.WriteStartArray("rules");
        foreach (var rule in result.Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", RuleName(rule.Title));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", string.IsNullOrWhiteSpace(rule.Description) ? rule.Title : rule.Description);
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpLinkUri);
            json.WriteStartObject("help");
            json.WriteString("text", $"{rule.Id}: {rule.Title}. See {rule.HelpLinkUri}");
            json.WriteString("markdown", $"**{rule.Id}: {rule.Title}**. See [the rule's page]({rule.HelpLinkUri}).");
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteBoolean("enabled", rule.IsEnabledByDefault);
            json.WriteString("level", rule.DefaultSeverity.ToSarifLevel());
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteStartArray("tags");
            json.WriteStringValue(rule.Category);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WriteResult(Utf8JsonWriter json, ScriptReport script, Finding finding, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Id);
        if (ruleIndex >= 0) json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", finding.Severity.ToSarifLevel());
        json.WriteStartObject("message");
        json.WriteString("text", script.RecordLabel is { } label ? $"[{label}] {finding.Message}" : finding.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, script);
        json.WriteStartObject("region");
        if (script.FileLine is { } fileLine)
        {
            json.WriteNumber("startLine", fileLine);
        }
        else
        {
            json.WriteNumber("startLine", finding.Range.Start.Line + 1);
            json.WriteNumber("startColumn", finding.Range.Start.Character + 1);
            json.WriteNumber("endLine", finding.Range.End.Line + 1);
            json.WriteNumber("endColumn", finding.Range.End.Character + 1);
            if (!script.LinesAreParagraphs && finding.Id != InternalDiagnostics.UnreadableInput.Id)
            {
                json.WriteNumber("charOffset", finding.Offset);
                json.WriteNumber("charLength", finding.Length);
            }
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        if (script.Row is not null || script.LinesAreParagraphs)
        {
            json.WriteStartObject("properties");
            if (script.Row is { } row) json.WriteNumber("row", row);
            if (script.Record is { } record) json.WriteString("record", record);
            if (script.LinesAreParagraphs) json.WriteBoolean("linesAreParagraphs", true);
            json.WriteNumber("startLine", finding.Range.Start.Line);
            json.WriteNumber("startCharacter", finding.Range.Start.Character);
            json.WriteNumber("endLine", finding.Range.End.Line);
            json.WriteNumber("endCharacter", finding.Range.End.Character);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private void WriteArtifact(Utf8JsonWriter json, ScriptReport script)
    {
        json.WriteStartObject("artifactLocation");
        var relative = Path.GetRelativePath(currentDirectory, script.Source.FullPath);
        if (script.Source.IsStandardInput || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            json.WriteString("uri", script.Source.IsStandardInput ? EscapePath(script.Path) : new Uri(script.Source.FullPath).AbsoluteUri);
        }
        else
        {
            json.WriteString("uri", EscapePath(relative));
            json.WriteString("uriBaseId", RootBase);
        }

        json.WriteEndObject();
    }

    private static string EscapePath(string relative) =>
        string.Join('/', relative.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
}
