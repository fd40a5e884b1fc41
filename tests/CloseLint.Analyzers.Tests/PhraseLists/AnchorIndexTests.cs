using System.Collections.Immutable;
using CloseLint.PhraseLists;
using Shouldly;
using Xunit;

namespace CloseLint.Analyzers.Tests.PhraseLists;

public sealed class AnchorIndexTests
{
    private static readonly AnchorIndex Index = new(
    [
        ["deal", "deals"],   // 0: a word and its extension
        ["ideal"],           // 1: holds "deal" inside it
        ["café"],            // 2: non-ASCII
        ["i'm", "we're"],    // 3: apostrophes
        ["regret"],          // 4
        [],                  // 5: no anchors: always runs
        ["DEAL"],            // 6: the same word as set 0, in another case
    ]);

    [Theory]
    [InlineData("a deal", new[] { 0, 5, 6 })]
    [InlineData("an ideal hire", new[] { 0, 1, 5, 6 })]        // found inside a word: anchors are substrings
    [InlineData("dealsdeal", new[] { 0, 5, 6 })]
    [InlineData("we're at the café 🙂", new[] { 2, 3, 5 })]
    [InlineData("you won't regret", new[] { 4, 5 })]            // at the very end
    [InlineData("regret", new[] { 4, 5 })]                      // the whole text
    [InlineData("dea", new[] { 5 })]                             // a prefix of a word is not the word
    [InlineData("", new[] { 5 })]
    [InlineData("ünïcödé ✓ only", new[] { 5 })]                 // characters no anchor holds
    public void Finds_every_anchor_word_in_the_text(string text, int[] expected)
    {
        var presence = Index.In(text);
        Enumerable.Range(0, Index.AnchorSets.Length).Where(set => presence.MayMatch(Index.AnchorSets[set])).ShouldBe(expected);
    }

    [Fact]
    public void Holds_each_distinct_word_once_whatever_its_case()
    {
        Index.AnchorSets[6].ShouldBe(ImmutableArray.Create(Index.AnchorSets[0][0]));
    }

    [Fact]
    public void Finds_the_same_words_as_a_plain_substring_search()
    {
        string[] words = ["next", "step", "steps", "concern", "hire", "hired", "pause", "gap", "fit", "ask"];
        var index = new AnchorIndex(words.Select(word => ImmutableArray.Create(word)));
        var random = new Random(7);
        for (var round = 0; round < 500; round++)
        {
            // Whole words and their prefixes run together, so words start inside others and stop short.
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ =>
            {
                var word = words[random.Next(words.Length)];
                return word[..random.Next(1, word.Length + 1)] + (random.Next(3) == 0 ? " " : "");
            }));
            var presence = index.In(text);
            for (var i = 0; i < words.Length; i++)
                presence.MayMatch(index.AnchorSets[i]).ShouldBe(text.Contains(words[i], StringComparison.Ordinal), $"'{words[i]}' in \"{text}\"");
        }
    }
}
