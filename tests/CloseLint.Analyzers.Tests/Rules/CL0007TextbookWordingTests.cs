using CloseLint.Analysis;
using CloseLint.Rules;
using CloseLint.Testing;
using Shouldly;
using Verify = CloseLint.Testing.AnalyzerVerifier<CloseLint.Rules.CL0007TextbookWordingAnalyzer>;

namespace CloseLint.Analyzers.Tests.Rules;

public sealed class CL0007TextbookWordingTests
{
    [Theory]
    [InlineData("[|Are there any aspects of my background or my fit for this position that create any concern for you|]?")]
    [InlineData("[|What are the next steps we need to take from here|]?")]
    [InlineData("I'm very interested. [|what are the next steps we need to take from here|]")]
    [InlineData("Before I go, [|what are the next steps we need to take from here|]?")]
    [InlineData("[|ARE THERE ANY ASPECTS OF MY BACKGROUND OR MY FIT FOR THIS POSITION THAT CREATE ANY CONCERN FOR YOU|]?")]
    [InlineData("[|Are there any aspects of my background or my fit\r\nfor this position that create any concern for you|]?\r\n")]
    [InlineData("[|What are the next steps we need to take|]?")]
    [InlineData("[|Are there any aspects of my background or fit for this role that create any concern for you|]?")]
    [InlineData("[|What are the next steps that we need to take from here|]?")]
    [InlineData("[|Are there any parts of my background or my fit for this job that create any concerns for you|]?")]
    [InlineData("[|Are there any aspects of my background or fit for this role that concern you|]?")]
    [InlineData("[|What are the next steps we should take from here|]?")]
    public Task Reports_textbook_lines_and_close_copies(string markup) => Verify.DiagnosticsAsync(markup);

    [Theory]
    [InlineData("What are the next steps?")]
    [InlineData("What are the next steps from here?")]
    [InlineData("What do the next steps look like on your side?")]
    [InlineData("Is there anything in my background that gives you pause?")]
    [InlineData("Are there any aspects of the product roadmap that concern you?")]
    [InlineData("Is there anything about my experience with budgets that worries you?")]
    [InlineData("What are the next steps for the product launch?")]
    [InlineData("I need to take a few steps back from here.")]
    [InlineData("What are the next steps you need from me?")]
    [InlineData("Is there anything about my background or fit that gives you pause?")]
    [InlineData("")]
    public Task Ignores_own_wording(string text) => Verify.NoDiagnosticsAsync(text);

    [Fact]
    public Task Message_says_word_for_word_for_a_copy() => Verify.DiagnosticsAsync(
        "Thanks. {|#0:What are the next steps we need to take from here|}?",
        Verify.Diagnostic().WithLocation(0).WithMessage("Textbook next-steps question, word for word; say it in your own words"));

    [Fact]
    public Task Message_says_how_close_a_near_copy_is() => Verify.DiagnosticsAsync(
        "{|#0:What are the next steps we need to take|}?",
        Verify.Diagnostic().WithLocation(0).WithMessage("Textbook next-steps question, nearly word for word (82% the same); say it in your own words"));

    [Fact]
    public Task Message_names_the_concern_question() => Verify.DiagnosticsAsync(
        "{|#0:Are there any aspects of my background or my fit for this position that create any concern for you|}?",
        Verify.Diagnostic().WithLocation(0).WithArguments("concern question", "word for word"));

    [Fact]
    public Task Curly_apostrophes_emoji_and_markdown_do_not_hide_a_copy() => AnalyzerVerifier<CL0007TextbookWordingAnalyzer>.MarkdownDiagnosticsAsync(
        "## My ask 🎯\n\nI’m keen on this role, José’s team sounds great. [|What are the **next steps** we need to take from here|]?\n");

    [Fact]
    public Task Higher_threshold_reports_only_closer_copies() => new AnalyzerTest<CL0007TextbookWordingAnalyzer>
    {
        Markup = "What are the next steps we need to take? [|What are the next steps we need to take from here|]?",
        Options = AnalyzerOptions.Empty.WithValue(CL0007TextbookWordingAnalyzer.SimilarityKey, "0.95"),
    }.RunAsync();

    [Fact]
    public Task Lower_threshold_reports_looser_copies() => new AnalyzerTest<CL0007TextbookWordingAnalyzer>
    {
        Markup = "[|What are the next steps from here|]?",
        Options = AnalyzerOptions.Empty.WithValue(CL0007TextbookWordingAnalyzer.SimilarityKey, "0.6"),
    }.RunAsync();

    [Theory]
    [InlineData("What are the next steps we need to take from here?", 1.0)]
    [InlineData("what are the next steps we need to take", 0.818)]
    [InlineData("What are the next steps?", 0.455)]
    [InlineData("Are there any aspects of my background or fit for this role that concern you?", 0.737)]
    [InlineData("Bananas.", 0.0)]
    public void Similarity_is_one_minus_word_edits_over_line_length(string text, double expected) =>
        TextbookLines.Similarity(text).ShouldBe(expected, tolerance: 0.001);

    [Fact]
    public void Similarity_of_nothing_is_zero() => TextbookLines.Similarity("  ?! ").ShouldBe(0);
}
