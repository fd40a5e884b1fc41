namespace CloseLint.Cli.Inputs;

/// <summary>How an input file is read.</summary>
internal enum InputKind
{
    /// <summary>Plain text (<c>.txt</c> and anything without a known extension).</summary>
    PlainText,

    /// <summary>Markdown (<c>.md</c>, <c>.markdown</c>, <c>.mdx</c>).</summary>
    Markdown,

    /// <summary>A Word document: one script, its paragraphs as lines.</summary>
    Docx,

    /// <summary>Comma-separated values: one script a row.</summary>
    Csv,

    /// <summary>Tab-separated values: one script a row.</summary>
    Tsv,
}
