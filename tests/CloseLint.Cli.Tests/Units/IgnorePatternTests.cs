using CloseLint.Cli.Inputs;
using Shouldly;

namespace CloseLint.Cli.Tests.Units;

public sealed class IgnorePatternTests
{
    [Theory]
    [InlineData("*.md", "a.md", false, true)]
    [InlineData("*.md", "deep/er/a.md", false, true)]
    [InlineData("*.md", "a.txt", false, false)]
    [InlineData("drafts/", "drafts", true, true)]
    [InlineData("drafts/", "drafts", false, false)]
    [InlineData("/top.md", "top.md", false, true)]
    [InlineData("/top.md", "sub/top.md", false, false)]
    [InlineData("docs/*.md", "docs/a.md", false, true)]
    [InlineData("docs/*.md", "docs/x/a.md", false, false)]
    [InlineData("docs/**/a.md", "docs/x/y/a.md", false, true)]
    [InlineData("docs/**/a.md", "docs/a.md", false, true)]
    [InlineData("script-?.txt", "script-1.txt", false, true)]
    [InlineData("script-[ab].txt", "script-b.txt", false, true)]
    [InlineData("script-[!ab].txt", "script-b.txt", false, false)]
    [InlineData("Zoë *.md", "Zoë final.md", false, true)]
    public void Matches_as_gitignore_does(string pattern, string path, bool isDirectory, bool expected) =>
        IgnorePattern.Parse(pattern)!.IsMatch(path, isDirectory).ShouldBe(expected);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("# a comment")]
    public void Ignores_blank_lines_and_comments(string line) => IgnorePattern.Parse(line).ShouldBeNull();

    [Fact]
    public void Reads_negation_and_escapes()
    {
        IgnorePattern.Parse("!keep.md")!.Negated.ShouldBeTrue();
        IgnorePattern.Parse("\\!bang.md")!.IsMatch("!bang.md", false).ShouldBeTrue();
        IgnorePattern.Parse("\\#hash.md")!.IsMatch("#hash.md", false).ShouldBeTrue();
    }

    [Fact]
    public void Deeper_ignore_files_win_and_ignored_folders_stay_ignored()
    {
        var root = Directory.CreateTempSubdirectory("closelint-ignore-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, ".closelintignore"), "*.md\nold/\n");
            Directory.CreateDirectory(Path.Combine(root, "keep"));
            File.WriteAllText(Path.Combine(root, "keep", ".closelintignore"), "!*.md\n");
            var index = new IgnoreIndex(root);

            index.IsIgnored(Path.Combine(root, "a.md"), false).ShouldBeTrue();
            index.IsIgnored(Path.Combine(root, "keep", "a.md"), false).ShouldBeFalse();
            index.IsIgnored(Path.Combine(root, "a.txt"), false).ShouldBeFalse();
            index.IsIgnored(Path.Combine(root, "old", "a.txt"), false).ShouldBeTrue();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
