using CloseLint.Cli.Inputs;
using Shouldly;

namespace CloseLint.Cli.Tests.Units;

public sealed class GlobsTests
{
    [Theory]
    [InlineData("*.{md,txt}", new[] { "*.md", "*.txt" })]
    [InlineData("a/{b,c/{d,e}}.md", new[] { "a/b.md", "a/c/d.md", "a/c/e.md" })]
    [InlineData("plain.md", new[] { "plain.md" })]
    [InlineData("open{brace", new[] { "open{brace" })]
    public void Expands_braces(string pattern, string[] expected) => Globs.ExpandBraces(pattern).ShouldBe(expected);

    [Theory]
    [InlineData("worksheets/**/*.md", "worksheets", "**/*.md")]
    [InlineData("*.md", "", "*.md")]
    [InlineData("a/b/c?.txt", "a/b", "c?.txt")]
    [InlineData("/abs/*.md", "/abs", "*.md")]
    public void Splits_fixed_folders_from_the_pattern(string glob, string folder, string pattern) =>
        Globs.Split(glob).ShouldBe((folder, pattern));
}
