using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CloseLint.Cli.Checking;
using CloseLint.Text;

namespace CloseLint.Cli.Reporting;

/// <summary>
/// The JSON report, version 1, documented in <c>docs/json-format.md</c>: one entry a script (a file, or a CSV row
/// with its <c>record</c>), seconds rounded to a tenth, 0-based LSP positions, and a summary of counts.
/// </summary>
internal sealed class JsonReportWriter : IReportWriter
{
    /// <summary>The <c>version</c> this writer produces.</summary>
    public const int Version = 1;

    /// <inheritdoc/>
    public void Write(BatchResult result, TextWriter output)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteStartArray("files");
            foreach (var script in result.Scripts) WriteScript(json, script);
            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", result.Scripts.Length);
            json.WriteNumber("errors", result.Errors);
            json.WriteNumber("warnings", result.Warnings);
            json.WriteNumber("suggestions", result.Suggestions);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static void WriteScript(Utf8JsonWriter json, ScriptReport script)
    {
        json.WriteStartObject();
        json.WriteString("path", script.Path);
        if (script.RecordLabel is null) json.WriteNull("record");
        else json.WriteString("record", script.Record ?? $"row {script.Row}");
        WriteSeconds(json, "speakingSeconds", script.Figures?.SpeakingSeconds);
        WriteSeconds(json, "summarySeconds", script.Figures?.SummarySeconds);
        json.WriteStartArray("diagnostics");
        foreach (var finding in script.Findings)
        {
            json.WriteStartObject();
            json.WriteString("id", finding.Id);
            json.WriteString("severity", finding.Severity.ToReportName());
            json.WriteString("message", finding.Message);
            json.WriteStartObject("range");
            WritePosition(json, "start", finding.Range.Start);
            WritePosition(json, "end", finding.Range.End);
            json.WriteEndObject();
            json.WriteNumber("offset", finding.Offset);
            json.WriteNumber("length", finding.Length);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSeconds(Utf8JsonWriter json, string name, double? seconds)
    {
        if (seconds is { } value) json.WriteNumber(name, Math.Round(value, 1, MidpointRounding.AwayFromZero));
        else json.WriteNull(name);
    }

    private static void WritePosition(Utf8JsonWriter json, string name, LinePosition position)
    {
        json.WriteStartObject(name);
        json.WriteNumber("line", position.Line);
        json.WriteNumber("character", position.Character);
        json.WriteEndObject();
    }
}
