using CloseLint.Cli.Checking;

namespace CloseLint.Cli.Reporting;

/// <summary>Writes a batch's findings in one format.</summary>
internal interface IReportWriter
{
    /// <summary>Writes <paramref name="result"/> to <paramref name="output"/>.</summary>
    void Write(BatchResult result, TextWriter output);
}
