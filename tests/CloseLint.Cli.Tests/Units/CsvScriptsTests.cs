using CloseLint.Cli.Inputs;
using CloseLint.Cli.Loading;
using CloseLint.Text;
using Shouldly;

namespace CloseLint.Cli.Tests.Units;

public sealed class CsvScriptsTests
{
    private static readonly InputFile Csv = new("form.csv", "/tmp/form.csv", InputKind.Csv);
    private static readonly InputFile Tsv = new("form.tsv", "/tmp/form.tsv", InputKind.Tsv);

    [Fact]
    public void Reads_quotes_commas_and_line_breaks_inside_cells()
    {
        var items = Read(Csv, "student,closing_script\r\n\"Okafor, Ben\",\"He said \"\"hire me\"\", then:\r\nI want this job.\"\r\nZoë,Next steps? 😀\r\n");

        var units = items.Select(i => i.Unit.ShouldNotBeNull()).ToList();
        units.Select(u => u.Record).ShouldBe(["Okafor, Ben", "Zoë"]);
        units.Select(u => u.Text.ToString()).ShouldBe(["He said \"hire me\", then:\r\nI want this job.", "Next steps? 😀"]);
        units.Select(u => u.Row).ShouldBe([2, 3]);
        units.Select(u => u.FileLine).ShouldBe([2, 4]);
    }

    [Fact]
    public void Reports_malformed_rows_in_place_and_reads_the_others()
    {
        var items = Read(Csv, "student,closing_script\nana,fine\nben,bad \"quote\" here\ncy,one,extra\ndee,also fine\n");

        items.Select(i => i.Unit?.Record ?? "problem: " + i.Problem!.Reason).ShouldBe([
            "ana",
            "problem: row 3 (line 3) was skipped: a quote inside an unquoted cell (quote the cell and double the quote: \"\")",
            "problem: row 4 (line 4) was skipped: its number of cells differs from the header's",
            "dee",
        ]);
        items[3].Unit!.Row.ShouldBe(5);
    }

    [Fact]
    public void Reads_tsv_quotes_as_text_and_finds_columns_ignoring_case()
    {
        var items = Read(Tsv, "Student\tClosing_Script\nana\tShe said \"yes\" to it.\n");

        var unit = items.ShouldHaveSingleItem().Unit.ShouldNotBeNull();
        unit.Record.ShouldBe("ana");
        unit.Text.ToString().ShouldBe("She said \"yes\" to it.");
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("name,notes\nana,x\n", "has no column 'closing_script' (its columns are: name, notes)")]
    public void Reports_a_file_it_cannot_use(string text, string reason) =>
        Read(Csv, text).ShouldHaveSingleItem().Problem!.Reason.ShouldStartWith(reason);

    private static List<LoadItem> Read(InputFile file, string text)
    {
        var items = new List<LoadItem>();
        CsvScripts.Read(file, SourceText.From(text), CsvColumns.Default, items);
        return items;
    }
}
