using CloseLint.Cli.Inputs;
using CloseLint.Text;

namespace CloseLint.Cli.Loading;

/// <summary>An input, or one row of it, that could not be read; it is reported as CL9003 and the batch goes on.</summary>
/// <param name="Source">The file.</param>
/// <param name="Reason">What is wrong, in words.</param>
/// <param name="Record">For a CSV row, its id when known.</param>
/// <param name="Row">For a CSV row, its spreadsheet row number.</param>
/// <param name="FileLine">For a CSV row, the 1-based line where it starts.</param>
/// <param name="Position">Where in the text the problem is, when known.</param>
internal sealed record LoadProblem(InputFile Source, string Reason, string? Record = null, int? Row = null, int? FileLine = null,
    LinePosition? Position = null);
