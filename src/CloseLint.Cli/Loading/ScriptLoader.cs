using CloseLint.Cli.Inputs;
using CloseLint.Text;

namespace CloseLint.Cli.Loading;

/// <summary>Reads an input into scripts: a text file is one script, a Word document one, a CSV file one a row.</summary>
internal sealed class ScriptLoader(CsvColumns columns, Func<Stream> standardInput)
{
    /// <summary>Files larger than this are reported instead of read.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>The scripts and problems of <paramref name="file"/>, in order. Never throws for a bad file.</summary>
    public List<LoadItem> Load(InputFile file)
    {
        var items = new List<LoadItem>(1);
        if (file.Problem is { } problem)
        {
            items.Add(new LoadProblem(file, problem));
            return items;
        }

        byte[] bytes;
        try
        {
            bytes = file.IsStandardInput ? ReadAll(standardInput()) : ReadFile(file.FullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            items.Add(new LoadProblem(file, $"cannot be read: {ex.Message}"));
            return items;
        }

        if (file.Kind == InputKind.Docx)
        {
            try
            {
                var (text, prefixes) = DocxText.Read(bytes);
                items.Add(ScriptUnit.FromDocx(file, SourceText.From(text), prefixes));
            }
            catch (InvalidDataException ex)
            {
                items.Add(new LoadProblem(file, $"is not a readable Word (.docx) document: {ex.Message}"));
            }

            return items;
        }

        SourceText source;
        try
        {
            source = SourceText.From(bytes);
        }
        catch (TextDecodingException ex)
        {
            items.Add(new LoadProblem(file, $"cannot be read as text: {ex.Message}", Position: ex.Position));
            return items;
        }

        if (file.Kind is InputKind.Csv or InputKind.Tsv) CsvScripts.Read(file, source, columns, items);
        else items.Add(ScriptUnit.FromText(file, source));
        return items;
    }

    private static byte[] ReadFile(string path)
    {
        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes) throw new IOException($"the file is {length:N0} bytes; the limit is {MaxFileBytes:N0}");
        return File.ReadAllBytes(path);
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
