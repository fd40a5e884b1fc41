using System.Text;
using CloseLint.Cli.Inputs;
using CloseLint.Text;
using CsvHelper;

namespace CloseLint.Cli.Loading;

/// <summary>
/// Reads one script a row from a CSV or TSV export (RFC 4180 quoting: commas, quotes and line breaks inside quoted
/// cells). A malformed row (a quote left open, a stray quote in a CSV cell, a wrong number of cells) is reported and
/// skipped; the other rows are still read. Rows are numbered as a spreadsheet numbers them: the header is row 1.
/// </summary>
internal static class CsvScripts
{
    /// <summary>Reads the rows of <paramref name="text"/>.</summary>
    public static void Read(InputFile source, SourceText text, CsvColumns columns, List<LoadItem> items)
    {
        // The reader may report a skipped row while scanning ahead, before it returns the rows above it, so rows
        // are numbered afterwards in line order.
        var rows = new List<(long Line, string? Script, string? Id, string? Problem)>();
        var options = new CsvReaderOptions
        {
            Separator = source.Kind == InputKind.Tsv ? '\t' : ',',
            HasHeader = true,
            TrackLineNumbers = true,
            // TSV exports rarely quote, so a quote inside a TSV cell is text; in a CSV it means a broken row.
            MalformedData = source.Kind == InputKind.Tsv ? CsvMalformedDataHandling.Recover : CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = malformed =>
            {
                if (malformed.Skipped) rows.Add((malformed.LineNumber, null, null, Describe(malformed.Reason)));
            },
        };

        using var reader = CsvReader.Create(Encoding.UTF8.GetBytes(text.ToString()), options);
        if (reader.Headers.Count == 0)
        {
            items.Add(new LoadProblem(source, "the file is empty: a header row naming the script column is needed"));
            return;
        }

        if (!reader.TryGetFieldIndex(columns.Script, out var scriptIndex))
        {
            items.Add(new LoadProblem(source,
                $"has no column '{columns.Script}' (its columns are: {string.Join(", ", reader.Headers)}); name the script column with --column"));
            return;
        }

        var hasId = reader.TryGetFieldIndex(columns.Id, out var idIndex);
        while (reader.Read())
        {
            var id = hasId ? reader.GetString(idIndex).Trim() : null;
            rows.Add((reader.LineNumber, reader.GetString(scriptIndex), string.IsNullOrEmpty(id) ? null : id, null));
        }

        rows.Sort((a, b) => a.Line.CompareTo(b.Line));
        for (var i = 0; i < rows.Count; i++)
        {
            var (line, script, id, problem) = rows[i];
            var row = i + 2;
            if (problem is not null)
                items.Add(new LoadProblem(source, $"row {row} (line {line}) was skipped: {problem}", Row: row, FileLine: (int)line));
            else
                items.Add(ScriptUnit.FromRow(source, SourceText.From(script!), id, row, (int)line));
        }
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote => "a quoted cell is never closed, so the rest of the file could not be read",
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted cell (quote the cell and double the quote: \"\")",
        CsvMalformedReason.TextAfterClosingQuote => "text after a cell's closing quote",
        CsvMalformedReason.FieldCountMismatch => "its number of cells differs from the header's",
        CsvMalformedReason.LineBreakInQuotes => "a line break inside a quoted cell",
        _ => reason.ToString(),
    };
}
