using CloseLint.Fuzz;
using CloseLint.Syntax;
using Shouldly;

namespace CloseLint.Reliability.Tests.Hostile;

/// <summary>
/// Regressions: Markdig refuses Markdown nested past its depth limit with an ArgumentException, which escaped
/// ScriptDocument.Parse, and it takes seconds (cubic in nesting, quadratic in delimiters per paragraph) before it
/// gets there: 1,000 nested list items took 9 s. Found while seeding tests/fuzz/corpus/parse-markdown. Such a file is
/// now read as plain text, at once.
/// </summary>
public sealed class MarkdownNestingTests
{
    public static TheoryData<string, string> DeeplyNested() => new()
    {
        { "block quotes", new string('>', 100_000) + " I led the team." },
        { "list markers on one line", string.Concat(Enumerable.Repeat("- ", 50_000)) + "I led the team." },
        { "indented lists", string.Concat(Enumerable.Range(0, 3_000).Select(i => new string(' ', 2 * i) + "- I led the team.\n")) },
        { "emphasis", string.Concat(Enumerable.Repeat("*a ", 30_000)) + "I led the team." + string.Concat(Enumerable.Repeat(" a*", 30_000)) },
        { "link brackets", "I led the team " + new string('[', 50_000) + "x" + new string(']', 50_000) },
        { "nested links", "I led the team " + string.Concat(Enumerable.Repeat("[a ", 5_000)) + "x" + string.Concat(Enumerable.Repeat("](u)", 5_000)) },
        { "emphasis on one long line", string.Concat(Enumerable.Repeat("I *led* the team. ", 100_000)) },
        { "quote lines nested one deeper each", string.Concat(Enumerable.Range(0, 1_000).Select(i => new string('>', i) + " I led the team.\n")) },
        { "quotes inside lists", string.Concat(Enumerable.Repeat("- > ", 20_000)) + "I led the team." },
    };

    [Theory]
    [MemberData(nameof(DeeplyNested))]
    public void Deeply_nested_markdown_is_parsed_without_losing_its_words(string shape, string text)
    {
        var document = WithTimeout.Run(() => ScriptDocument.Parse(text, "closing.md"), seconds: 10);
        DocumentInvariants.Check(document);
        document.Format.ShouldBe(ScriptFormat.Markdown, shape);
        document.Sentences.SelectMany(s => s.Words).Select(w => w.Text).ShouldContain("led", shape);
    }

    [Fact]
    public void Markdown_nested_within_the_limit_keeps_its_markdown_reading()
    {
        // Within Markdig's limit the quote is still a worksheet prompt (not prose), so the fallback did not leak.
        var text = new string('>', 10) + " a prompt\n\nI led the team.";
        var document = ScriptDocument.Parse(text, "closing.md");
        document.Sentences.Single().Words.Select(w => w.Text).ShouldBe(["I", "led", "the", "team"]);
    }
}
