namespace CloseLint.Analysis;

/// <summary>Where each rule's documentation lives.</summary>
public static class HelpLinks
{
    /// <summary>The base address of the rule pages.</summary>
    public const string RulesBase = "https://github.com/closelint/closelint/blob/main/docs/rules/";

    /// <summary>The address of the doc page of rule <paramref name="id"/>.</summary>
    public static string ForRule(string id) => RulesBase + id + ".md";
}
