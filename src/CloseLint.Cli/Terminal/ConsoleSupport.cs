namespace CloseLint.Cli.Terminal;

/// <summary>What the terminal around the process can do.</summary>
internal static class ConsoleSupport
{
    /// <summary>True when standard output is a terminal and colors are not turned off (<c>NO_COLOR</c>, <c>TERM=dumb</c>).</summary>
    public static bool StdoutSupportsColor =>
        !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);

    /// <summary>True when a progress bar may be drawn on standard error: both streams are terminals, or the report goes to a file.</summary>
    public static bool CanShowProgress(bool reportGoesToFile) =>
        !Console.IsErrorRedirected && (reportGoesToFile || !Console.IsOutputRedirected)
        && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal)
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
}
