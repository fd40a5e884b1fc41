using System.Text;
using CloseLint.Cli.Checking;

namespace CloseLint.Cli.Reporting;

/// <summary>
/// GitHub Actions workflow commands (<c>::warning file=…,line=…::message</c>), which the runner turns into
/// annotations on the changed files. A CSV row's annotation sits on the line where the row starts; a Word document's
/// annotation is on the file as a whole, with the paragraph in its title.
/// </summary>
internal sealed class GitHubReportWriter : IReportWriter
{
    /// <inheritdoc/>
    public void Write(BatchResult result, TextWriter output)
    {
        var line = new StringBuilder();
        foreach (var script in result.Scripts)
        {
            foreach (var finding in script.VisibleFindings)
            {
                line.Clear().Append("::").Append(finding.Severity.ToGitHubCommand()).Append(" file=").Append(Property(script.Path));
                var title = $"{finding.Id} {finding.Descriptor.Title}";
                if (script.FileLine is { } fileLine)
                {
                    line.Append(",line=").Append(fileLine);
                    title += $" [{script.RecordLabel}]";
                }
                else if (script.LinesAreParagraphs)
                {
                    title += $" (paragraph {finding.Range.Start.Line + 1})";
                }
                else
                {
                    line.Append(",line=").Append(finding.Range.Start.Line + 1).Append(",col=").Append(finding.Range.Start.Character + 1)
                        .Append(",endLine=").Append(finding.Range.End.Line + 1).Append(",endColumn=").Append(finding.Range.End.Character + 1);
                }

                line.Append(",title=").Append(Property(title)).Append("::").Append(Data(finding.Message));
                output.WriteLine(line.ToString());
            }
        }

        output.WriteLine(new TextReportWriter(useColor: false).Summary(result));
    }

    /// <summary>Escapes a command's message.</summary>
    public static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a command property's value.</summary>
    public static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
