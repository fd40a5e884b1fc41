using System.Text;
using System.Text.Json;

namespace CloseLint.Cli.Tests.Infrastructure;

/// <summary>Configurations and scripts the tests share.</summary>
public static class Fixtures
{
    /// <summary>The rule ids issue 3 fixes, plus whatever the build registers: all turned off by <see cref="Quiet"/>.</summary>
    private static readonly IEnumerable<string> RuleIds =
        Enumerable.Range(1, 10).Select(n => $"CL{n:0000}").Concat(BuiltInAnalyzers.Descriptors.Select(d => d.Id)).Distinct();

    /// <summary>An .editorconfig that turns every rule off, so a script has no findings whatever the rules say.</summary>
    public static string Quiet { get; } = "root = true\n[*]\n" + string.Concat(RuleIds.Select(id => $"closelint_diagnostic.{id}.severity = none\n"));

    /// <summary>
    /// <see cref="Quiet"/> plus one malformed severity, so every script gets exactly one CL9002 (a warning unless
    /// <paramref name="cl9002Severity"/> says otherwise). It is the one finding that does not depend on the rules.
    /// </summary>
    public static string OneWarning(string? cl9002Severity = null) =>
        Quiet + "closelint_diagnostic.CL0999.severity = loud\n" + (cl9002Severity is null ? "" : $"closelint_diagnostic.CL9002.severity = {cl9002Severity}\n");

    /// <summary>A short, good closing script.</summary>
    public const string Good = """
        ## Summary

        You need a shift lead who can open alone and train the weekend crew. I've run a busy café for two years and trained eleven baristas.

        ## Concern

        Is there anything about my experience that makes you hesitate?

        ## Ask

        I want this job. What are the next steps?
        """;

    /// <summary>A script with most of the problems the rules look for: no concern question, pressure, a hedge.</summary>
    public const string Troubled = """
        Summary: I have led a team of six engineers and shipped two apps.

        I was just wondering if maybe you could hire me today? When do I start? You won't find anyone better.
        """;

    public static JsonDocument ParseJson(CliResult result)
    {
        try
        {
            return JsonDocument.Parse(result.Stdout);
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"stdout is not JSON: {ex.Message}\n{result}", ex);
        }
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
