namespace CloseLint.Cli.Loading;

/// <summary>Which CSV columns hold the script and the row's id.</summary>
/// <param name="Script">The script column's header (<c>--column</c>).</param>
/// <param name="Id">The id column's header (<c>--id-column</c>); rows are named by row number when it is missing.</param>
internal sealed record CsvColumns(string Script, string Id)
{
    /// <summary>The defaults: <c>closing_script</c> and <c>student</c>.</summary>
    public static CsvColumns Default { get; } = new("closing_script", "student");
}
