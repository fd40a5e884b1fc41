using CloseLint.Cli.Inputs;
using CloseLint.IO;
using CloseLint.Text;

namespace CloseLint.Cli.Loading;

/// <summary>
/// Reads an input into scripts: a text file is one script, a Word document one, a CSV file one a row. Only regular
/// files are opened (and standard input when <c>-</c> names it): a FIFO, socket or device is reported without being
/// opened, since opening a FIFO waits for a writer that may never come. Memory stays bounded by
/// <paramref name="maxFileBytes"/>: a file's length is checked before anything is read, and no input, standard input
/// included, is read past one byte over the limit.
/// </summary>
internal sealed class ScriptLoader(CsvColumns columns, Func<Stream> standardInput, long maxFileBytes = ByteSize.DefaultLimit)
{
    /// <summary>Inputs larger than this many bytes are reported instead of read.</summary>
    public long MaxFileBytes { get; } = maxFileBytes is >= 1 and <= ByteSize.MaxLimit
        ? maxFileBytes
        : throw new ArgumentOutOfRangeException(nameof(maxFileBytes), maxFileBytes, "The limit must be from 1 byte to 1 GB.");

    /// <summary>The scripts and problems of <paramref name="file"/>, in order. Never throws for a bad file.</summary>
    public List<LoadItem> Load(InputFile file)
    {
        var items = new List<LoadItem>(1);
        if (file.Problem is { } problem)
        {
            items.Add(new LoadProblem(file, problem));
            return items;
        }

        if (!file.IsStandardInput && FileKinds.Of(file.FullPath) is var kind && kind.MustNotBeOpened())
        {
            items.Add(new LoadProblem(file, $"is not a regular file ({kind.Describe()}), so it was not opened; only regular files are read ('-' reads standard input)"));
            return items;
        }

        byte[] bytes;
        try
        {
            bytes = file.IsStandardInput ? ReadStandardInput() : ReadFile(file.FullPath);
        }
        catch (InputTooLargeException ex)
        {
            items.Add(new LoadProblem(file, ex.Message));
            return items;
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
        catch (OutOfMemoryException)
        {
            // One allocation too large for a string (a text near the 1 GB limit), not an exhausted heap.
            items.Add(new LoadProblem(file, $"is too large to hold in memory as text ({ByteSize.Format(bytes.Length)}); lower --max-file-size"));
            return items;
        }

        if (file.Kind is InputKind.Csv or InputKind.Tsv) CsvScripts.Read(file, source, columns, items);
        else items.Add(ScriptUnit.FromText(file, source));
        return items;
    }

    private byte[] ReadFile(string path)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.SequentialScan);
        var length = RandomAccess.GetLength(handle);
        if (length > MaxFileBytes)
            throw new InputTooLargeException(
                $"the file is {ByteSize.Format(length)} ({ByteSize.Bytes(length)}), over the {ByteSize.FormatLimit(MaxFileBytes)} limit; raise the limit with --max-file-size");
        using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        // A file that grows while it is read is still cut off one byte past the limit.
        return ReadBounded(stream, length)
            ?? throw new InputTooLargeException($"the file grew past the {ByteSize.FormatLimit(MaxFileBytes)} limit while it was read; raise the limit with --max-file-size");
    }

    private byte[] ReadStandardInput() => ReadBounded(standardInput(), 64 * 1024)
        ?? throw new InputTooLargeException(
            $"standard input is over the {ByteSize.FormatLimit(MaxFileBytes)} limit (reading stopped there); raise the limit with --max-file-size");

    /// <summary>
    /// The stream's bytes, or null when it holds more than <see cref="MaxFileBytes"/>. It never reads past one byte
    /// over the limit. The first buffer is <paramref name="expectedLength"/> long (a file's length, so a file is read
    /// with no copy); what follows goes into chunks of up to 1 MB, so a stream over the limit costs the limit and no
    /// more, with no copying as it grows.
    /// </summary>
    private byte[]? ReadBounded(Stream stream, long expectedLength)
    {
        var limit = MaxFileBytes;
        var first = new byte[Math.Min(expectedLength, limit)];
        var filled = stream.ReadAtLeast(first, first.Length, throwOnEndOfStream: false);
        if (filled < first.Length) return first[..filled];

        var chunks = new List<byte[]> { first };
        var total = (long)filled;
        for (var size = 4096; ; size = Math.Min(size * 2, 1 << 20))
        {
            if (total > limit) return null;
            var chunk = new byte[Math.Min(size, limit + 1 - total)];
            var read = stream.ReadAtLeast(chunk, chunk.Length, throwOnEndOfStream: false);
            if (read == 0) break;
            chunks.Add(read == chunk.Length ? chunk : chunk[..read]);
            total += read;
            if (read < chunk.Length) break;
        }

        if (total > limit) return null;
        if (chunks.Count == 1) return first;
        var bytes = new byte[total];
        var offset = 0;
        foreach (var chunk in chunks)
        {
            chunk.CopyTo(bytes, offset);
            offset += chunk.Length;
        }

        return bytes;
    }
}
