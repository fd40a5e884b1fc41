using System.Text;
using System.Text.Json;
using CloseLint.Cli.Inputs;
using CloseLint.Cli.Loading;
using CloseLint.LanguageServer;
using CloseLint.Syntax;
using CloseLint.Text;

namespace CloseLint.Fuzz;

/// <summary>Targets for the hosts: LSP framing and dispatch, and the CLI's CSV and Word readers.</summary>
public static class HostTargets
{
    private static readonly LanguageServerOptions ServerOptions = new()
    {
        Debounce = TimeSpan.Zero,
        LogWriter = TextWriter.Null,
        ClientProcessCheckInterval = TimeSpan.FromHours(1),
        RuleDocumentation = _ => null,
    };

    /// <summary>
    /// Feeds the bytes to a whole in-process language server as its input stream. It must end when the input does,
    /// and everything it wrote must be well-formed frames of JSON.
    /// </summary>
    public static void Lsp(byte[] bytes) => RunServer(bytes);

    /// <summary>Runs a server over <paramref name="input"/> and returns the bodies of the frames it wrote.</summary>
    public static List<JsonElement> RunServer(byte[] input)
    {
        var output = new MemoryStream();
        var run = LanguageServerHost.RunAsync(new MemoryStream(input, writable: false), output, ServerOptions);
        if (!run.Wait(TimeSpan.FromSeconds(20)))
            throw new InvariantException("the server did not stop within 20 s after its input ended");
        return ReadFrames(output.ToArray());
    }

    /// <summary>Reads the bytes as a CSV form export (TSV when the first line has a tab), one script a row.</summary>
    public static void Csv(byte[] bytes)
    {
        var newline = bytes.AsSpan().IndexOf((byte)'\n');
        var kind = bytes.AsSpan(0, newline < 0 ? bytes.Length : newline).Contains((byte)'\t') ? InputKind.Tsv : InputKind.Csv;
        var file = new InputFile("fuzz.csv", "/fuzz/fuzz.csv", kind);
        var items = new List<LoadItem>();
        CsvScripts.Read(file, SourceText.From(FuzzInput.Lenient(bytes)), CsvColumns.Default, items);
        foreach (var item in items)
        {
            InvariantException.Check((item.Unit is null) != (item.Problem is null), "a row is both a script and a problem, or neither");
            if (item.Problem is { } problem) InvariantException.Check(!string.IsNullOrWhiteSpace(problem.Reason), "a problem without a reason");
            if (item.Unit is { } unit) DocumentInvariants.Check(ScriptDocument.Parse(unit.Text, format: unit.Format));
        }
    }

    /// <summary>Reads the bytes as a Word document; anything but a readable document must be InvalidDataException.</summary>
    public static void Docx(byte[] bytes)
    {
        string text;
        int[] prefixes;
        try
        {
            (text, prefixes) = DocxText.Read(bytes);
        }
        catch (InvalidDataException ex)
        {
            InvariantException.Check(!string.IsNullOrWhiteSpace(ex.Message), "a corrupt document was refused without a reason");
            return;
        }

        InvariantException.Check(prefixes.All(p => p >= 0), "a negative paragraph prefix");
        DocumentInvariants.Check(ScriptDocument.Parse(SourceText.From(text), format: ScriptFormat.PlainText));
    }

    private static List<JsonElement> ReadFrames(byte[] output)
    {
        var frames = new List<JsonElement>();
        var position = 0;
        while (position < output.Length)
        {
            // After the input ends the server shuts down while a last notification may still be in flight, so only
            // the final frame may be cut short; everything before it must be whole.
            var headerEnd = output.AsSpan(position).IndexOf("\r\n\r\n"u8);
            if (headerEnd < 0 && output.AsSpan(position).StartsWith("Content-Length"u8[..Math.Min(14, output.Length - position)])) break;
            InvariantException.Check(headerEnd > 0, $"output byte {position} does not start a header");
            var header = Encoding.ASCII.GetString(output, position, headerEnd);
            var length = header.Split("\r\n").Select(h => h.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim() == "Content-Length")
                .Select(p => int.Parse(p[1].Trim(), System.Globalization.CultureInfo.InvariantCulture)).Single();
            var body = position + headerEnd + 4;
            if (body + length > output.Length) break;
            using (var json = JsonDocument.Parse(output.AsMemory(body, length))) frames.Add(json.RootElement.Clone());
            position = body + length;
        }

        return frames;
    }
}
