namespace CloseLint.Cli.Inputs;

/// <summary>One file (or standard input) to check.</summary>
/// <param name="DisplayPath">The path as reports show it: as given, or relative to the current folder, with <c>/</c>.</param>
/// <param name="FullPath">The absolute path; for standard input, where its <c>.editorconfig</c> is looked up.</param>
/// <param name="Kind">How it is read.</param>
/// <param name="IsStandardInput">True for <c>-</c>.</param>
/// <param name="Problem">Why a command-line path names nothing to check (reported as CL9003), or null.</param>
internal sealed record InputFile(string DisplayPath, string FullPath, InputKind Kind, bool IsStandardInput = false, string? Problem = null)
{
    /// <summary>The kind for a file name's extension.</summary>
    public static InputKind KindOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".md" or ".markdown" or ".mdx" => InputKind.Markdown,
        ".docx" => InputKind.Docx,
        ".csv" => InputKind.Csv,
        ".tsv" or ".tab" => InputKind.Tsv,
        _ => InputKind.PlainText,
    };

    /// <summary>True for kinds that hold text a fix can rewrite in place.</summary>
    public bool IsFixable => !IsStandardInput && Problem is null && Kind is InputKind.PlainText or InputKind.Markdown;
}
