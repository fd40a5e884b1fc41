using CloseLint.Cli.Tests.Infrastructure;
using Shouldly;

namespace CloseLint.Cli.Tests;

/// <summary>0 for nothing at or above --fail-on, 1 for findings, 2 for usage and input errors.</summary>
public sealed class ExitCodeTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(null, null, 0)]
    [InlineData("warning", null, 1)]
    [InlineData("warning", "error", 0)]
    [InlineData("warning", "none", 0)]
    [InlineData("suggestion", null, 0)]
    [InlineData("suggestion", "suggestion", 1)]
    [InlineData("error", "error", 1)]
    [InlineData("silent", "suggestion", 0)]
    public async Task Exit_code_follows_fail_on(string? findingSeverity, string? failOn, int expected)
    {
        _temp.Write(".editorconfig", findingSeverity is null ? Fixtures.Quiet : Fixtures.OneWarning(findingSeverity));
        _temp.Write("script.md", Fixtures.Good);
        string[] arguments = failOn is null ? ["check", "script.md"] : ["check", "script.md", "--fail-on", failOn];

        var result = await CloseLintProcess.RunAsync(_temp.Path, arguments);

        result.ExitCode.ShouldBe(expected, result.ToString());
    }

    [Theory]
    [InlineData("check", "--bogus")]
    [InlineData("check", "script.md", "--format", "xml")]
    [InlineData("check", "script.md", "--dry-run")]
    [InlineData("check", "script.md", "--fail-on", "sometimes")]
    [InlineData("explain", "CL0999")]
    [InlineData("no-such-command")]
    public async Task Usage_errors_exit_with_2_and_say_why(params string[] arguments)
    {
        _temp.Write("script.md", Fixtures.Good);

        var result = await CloseLintProcess.RunAsync(_temp.Path, arguments);

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Stderr.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task A_missing_file_exits_with_2_after_checking_the_others()
    {
        _temp.Write(".editorconfig", Fixtures.OneWarning());
        _temp.Write("script.md", Fixtures.Good);

        var result = await CloseLintProcess.RunAsync(_temp.Path, "check", "missing.md", "script.md");

        result.ExitCode.ShouldBe(2);
        result.Stdout.ShouldContain("missing.md(1,1): error CL9003: no such file or folder");
        result.Stdout.ShouldContain("script.md(1,1): warning CL9002");
    }
}
