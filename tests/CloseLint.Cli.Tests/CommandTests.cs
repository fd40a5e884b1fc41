using CloseLint.Cli.Commands;
using CloseLint.Cli.Tests.Infrastructure;
using CloseLint.Testing;
using Shouldly;

namespace CloseLint.Cli.Tests;

/// <summary>closelint rules, explain and init.</summary>
public sealed class CommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Help_lists_every_command_and_a_misspelt_command_is_a_usage_error()
    {
        // Only the named command is built at start-up; help and unknown names still see all of them.
        var help = await CloseLintProcess.RunAsync(_temp.Path, "--help");
        help.ExitCode.ShouldBe(0, help.ToString());
        foreach (var command in new[] { "check", "rules", "explain", "init", "lsp", "classify", "model" })
            help.Stdout.Split('\n').ShouldContain(line => line.TrimStart().StartsWith(command + " ", StringComparison.Ordinal), command);

        var misspelt = await CloseLintProcess.RunAsync(_temp.Path, "chek", "closing.md");
        misspelt.ExitCode.ShouldBe(2, misspelt.ToString());
        misspelt.Stderr.ShouldContain("'chek'");

        var subcommandHelp = await CloseLintProcess.RunAsync(_temp.Path, "check", "--help");
        subcommandHelp.ExitCode.ShouldBe(0, subcommandHelp.ToString());
        subcommandHelp.Stdout.ShouldContain("--fail-on");
    }

    [Fact]
    public async Task Rules_lists_every_rule_with_its_configured_state()
    {
        _temp.Write(".editorconfig", "root = true\n[*.md]\ncloselint_diagnostic.CL9002.severity = error\ncloselint_diagnostic.CL9001.severity = none\n");

        var result = await CloseLintProcess.RunAsync(_temp.Path, "rules");

        result.ExitCode.ShouldBe(0, result.ToString());
        foreach (var rule in RuleDocs.AllDescriptors) result.Stdout.ShouldContain(rule.Id);
        result.Stdout.Split('\n').ShouldContain(l => l.Contains("CL9002") && l.Contains("Configuration problem") && l.Contains("error"));
        result.Stdout.Split('\n').ShouldContain(l => l.Contains("CL9001") && l.Contains("none (off)"));
        result.Stdout.Split('\n').ShouldContain(l => l.Contains("CL9003") && l.Contains("default"));
    }

    [Fact]
    public async Task Explain_prints_each_shipped_rule_page()
    {
        var pages = Directory.GetFiles(Path.Combine(RepoRoot(), "docs", "rules"), "*.md").Order(StringComparer.Ordinal).ToList();
        RuleDocs.Ids.ShouldBe([.. pages.Select(p => Path.GetFileNameWithoutExtension(p))], "every page in docs/rules ships inside the tool");

        var runs = pages.Select(page => CloseLintProcess.RunAsync(_temp.Path, "explain", Path.GetFileNameWithoutExtension(page)!.ToLowerInvariant())).ToList();
        var results = await Task.WhenAll(runs);

        for (var i = 0; i < pages.Count; i++)
        {
            results[i].ExitCode.ShouldBe(0);
            results[i].Stdout.ReplaceLineEndings("\n").TrimEnd().ShouldBe(File.ReadAllText(pages[i]).ReplaceLineEndings("\n").TrimEnd());
        }
    }

    [Fact]
    public async Task Explain_describes_a_rule_without_a_page_and_refuses_an_unknown_id()
    {
        var internalRule = CloseLintProcess.RunAsync(_temp.Path, "explain", "cl9003");
        var unknown = CloseLintProcess.RunAsync(_temp.Path, "explain", "CL0999");
        await Task.WhenAll(internalRule, unknown);

        (await internalRule).ExitCode.ShouldBe(0);
        (await internalRule).Stdout.ShouldContain("CL9003");
        (await unknown).ExitCode.ShouldBe(2);
        (await unknown).Stderr.ShouldContain("there is no rule 'CL0999'");
    }

    [Fact]
    public async Task Init_writes_a_valid_config_and_a_template_and_never_overwrites()
    {
        var first = await CloseLintProcess.RunAsync(_temp.Path, "init", "coaching");
        var config = _temp.Read("coaching/.editorconfig");
        var script = _temp.Read("coaching/closing.md");
        var second = await CloseLintProcess.RunAsync(_temp.Path, "init", "coaching");
        var check = await CloseLintProcess.RunAsync(_temp.Combine("coaching"), "check", "closing.md", "--format", "json");

        first.ExitCode.ShouldBe(0, first.ToString());
        config.ShouldStartWith("root = true\n");
        config.ShouldContain("closelint_speaking_rate_wpm = 150");
        script.ShouldContain("## Ask");
        second.ExitCode.ShouldBe(2);
        second.Stderr.ShouldContain("already");
        _temp.Read("coaching/.editorconfig").ShouldBe(config);
        _temp.Read("coaching/closing.md").ShouldBe(script);
        check.Stdout.ShouldNotContain("CL9002", Case.Sensitive, "the starter configuration has no problems");
        check.Stdout.ShouldNotContain("CL9003");
    }

    [Fact]
    public async Task Init_appends_to_an_editorconfig_without_closelint_settings()
    {
        _temp.Write("team/.editorconfig", "root = true\n\n[*.cs]\nindent_size = 4\n");

        var result = await CloseLintProcess.RunAsync(_temp.Path, "init", "team");

        result.ExitCode.ShouldBe(0, result.ToString());
        var config = _temp.Read("team/.editorconfig");
        config.ShouldStartWith("root = true\n\n[*.cs]\nindent_size = 4\n\n# CloseLint");
        config.ShouldContain("[*.{md,txt}]");
    }

    [SkippableFact]
    public async Task Native_build_refuses_model_training_and_names_the_build_that_trains()
    {
        Skip.If(CloseLintExecutable.NativePath is null, $"runs against a native build ({CloseLintExecutable.VariableName})");
        _temp.Write("data/train.tsv", "summary\tI have ten years of ICU nursing.\nask\tWhat are the next steps?\n");

        var result = await CloseLintProcess.RunAsync(_temp.Path, "model", "train", "--data", "data/train.tsv", "--output", "model.zip");

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Stderr.ShouldContain("dotnet run --project src/CloseLint.Cli -- model train");
        File.Exists(Path.Combine(_temp.Path, "model.zip")).ShouldBeFalse();
    }

    private static string RepoRoot()
    {
        for (var directory = AppContext.BaseDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
            if (File.Exists(Path.Combine(directory, "CloseLint.sln"))) return directory;
        throw new DirectoryNotFoundException("CloseLint.sln is not above the test folder");
    }
}
