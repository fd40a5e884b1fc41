namespace CloseLint.Analysis;

/// <summary>The categories rules are grouped in.</summary>
public static class DiagnosticCategories
{
    /// <summary>What the script must contain: summary, concern question, ask.</summary>
    public const string Structure = "Structure";

    /// <summary>How it is said: hedges, textbook lines, gimmicks.</summary>
    public const string Wording = "Wording";

    /// <summary>How long it takes to say.</summary>
    public const string Length = "Length";

    /// <summary>CloseLint's own problems: a failing analyzer or a bad configuration file.</summary>
    public const string Internal = "Internal";
}
