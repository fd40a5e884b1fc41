namespace CloseLint.Cli;

/// <summary>What <c>closelint</c> exits with.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above <c>--fail-on</c>.</summary>
    public const int Clean = 0;

    /// <summary>Findings at or above <c>--fail-on</c>.</summary>
    public const int Findings = 1;

    /// <summary>A usage error, or an input that could not be read.</summary>
    public const int UsageOrInputError = 2;
}
