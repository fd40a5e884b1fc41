using System.Diagnostics;
using System.Text.RegularExpressions;
using CloseLint.PhraseLists;
using CloseLint.Syntax;
using Shouldly;

namespace CloseLint.Analyzers.Tests.PhraseLists;

public sealed class PhraseListTests
{
    private static PhraseList List(params string[] lines) => PhraseList.Parse(string.Join("\n", lines), "test.tsv");

    private static string Found(string text, PhraseMatch match) => text.Substring(match.Span.Start, match.Span.Length);

    [Fact]
    public void Built_in_lists_load_without_problems()
    {
        BuiltInPhraseLists.Gimmicks.Problems.ShouldBeEmpty();
        BuiltInPhraseLists.Hedges.Problems.ShouldBeEmpty();
        BuiltInPhraseLists.Gimmicks.Entries.Length.ShouldBeGreaterThan(50);
        BuiltInPhraseLists.Hedges.Entries.Length.ShouldBeGreaterThan(10);
    }

    [Fact]
    public void Every_built_in_pattern_also_compiles_without_backtracking()
    {
        foreach (var entry in BuiltInPhraseLists.Gimmicks.Entries.Concat(BuiltInPhraseLists.Hedges.Entries))
        {
            var regex = Should.NotThrow(() => entry.Regex, entry.ToString());
            regex.Options.ShouldBe(RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, entry.ToString());
            Should.NotThrow(() => PhrasePattern.Compile(entry.RegexSource), entry.ToString())
                .Options.ShouldBe(RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
    }

    [SkippableFact]
    public void A_fifo_given_as_a_users_list_is_a_problem_and_is_never_opened()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix FIFOs");
        var folder = Directory.CreateTempSubdirectory("closelint-list-");
        try
        {
            var fifo = System.IO.Path.Combine(folder.FullName, "gimmicks ✨.tsv");
            using (var mkfifo = Process.Start("mkfifo", [fifo])) mkfifo.WaitForExit();
            File.Exists(fifo).ShouldBeTrue();

            // Opening a FIFO nobody writes to blocks for ever: the bound turns a regression into a failure.
            var list = Should.CompleteIn(() => PhraseList.Load(fifo), TimeSpan.FromSeconds(10));

            list.Entries.ShouldBeEmpty();
            list.Problems.ShouldHaveSingleItem().Message.ShouldContain("not a regular file (a FIFO)");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_users_list_never_backtracks()
    {
        var entry = List("pressure\t/\\bhire me now\\b/").Entries.ShouldHaveSingleItem();
        entry.Regex.Options.ShouldBe(RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    [Fact]
    public void Built_in_patterns_finish_at_once_on_hostile_sentences()
    {
        // Near-misses repeated: every anchor present, nothing quite matching, the worst case for backtracking. Each
        // text is under the long-text limit, so the backtracking regexes run. The bound is a hang guard, not a benchmark.
        string[] hostile =
        [
            string.Concat(Enumerable.Repeat("if you would nobody no one work week deadline offer so ", 70)),
            string.Concat(Enumerable.Repeat("when do i when can we send me the just ", 100)),
            new string('a', PhrasePattern.LongText - 1),
        ];
        foreach (var entry in BuiltInPhraseLists.Gimmicks.Entries.Concat(BuiltInPhraseLists.Hedges.Entries))
        foreach (var text in hostile)
        {
            text.Length.ShouldBeLessThanOrEqualTo(PhrasePattern.LongText);
            Should.CompleteIn(() => entry.Regex.IsMatch(text), TimeSpan.FromSeconds(2), entry.ToString());
        }
    }

    [Fact]
    public void A_run_on_text_past_the_long_text_limit_still_finds_built_in_phrases()
    {
        var text = string.Concat(Enumerable.Repeat("and then we talked about the rota ", 400)) + "so when do I start";
        text.Length.ShouldBeGreaterThan(PhrasePattern.LongText);
        BuiltInPhraseLists.Gimmicks.Matches(text).ShouldContain(m => Found(text, m).EndsWith("when do I start", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_built_in_pattern_has_anchor_words_or_is_known_to_run_always()
    {
        var unanchored = BuiltInPhraseLists.Gimmicks.Entries.Concat(BuiltInPhraseLists.Hedges.Entries).Where(e => e.Anchors.IsEmpty).ToList();
        unanchored.Count.ShouldBeLessThan(10, string.Join(Environment.NewLine, unanchored));
    }

    [Fact]
    public void Anchors_never_skip_a_built_in_pattern_that_matches()
    {
        // The intent model's training sentences: thousands of closing-script sentences, gimmicks among them.
        var sentences = Directory.GetFiles(System.IO.Path.Combine(RepositoryRoot.Path, "models", "intent", "data"), "*.tsv")
            .SelectMany(File.ReadLines).Select(line => PhrasePattern.Fold(line[(line.IndexOf('\t') + 1)..])).ToList();
        sentences.Count.ShouldBeGreaterThan(1000);
        var matched = 0;
        foreach (var entry in BuiltInPhraseLists.Gimmicks.Entries.Concat(BuiltInPhraseLists.Hedges.Entries))
        {
            foreach (var sentence in sentences.Where(s => entry.Regex.IsMatch(s)))
            {
                matched++;
                entry.MayMatch(sentence).ShouldBeTrue($"{entry} matches \"{sentence}\" but its anchors [{string.Join(", ", entry.Anchors)}] say it cannot");
            }
        }

        matched.ShouldBeGreaterThan(100);
    }

    [Theory]
    [InlineData(@"\bwhen (do|can) i start\b", "start")]
    [InlineData(@"\b(so,? )?do we have a deal\b", "deal")]
    [InlineData(@"\bi('m| am) (the best|the perfect) (candidate|person)\b", "candidate|person")]
    [InlineData(@"deals?", "deal")]
    [InlineData(@"a|b", "")]
    [InlineData(@"\b(?<phrase>maybe) we\b", "maybe")]
    [InlineData(@"you (won't|will not) regret|trust me", "regret|trust")]
    [InlineData(@"(?=look)ahead", "ahead")]
    [InlineData(@"x (be (available|on the market)|last) y", "available|market|last")]
    [InlineData(@"\bhired .{0,80}\bquickly\b", "quickly")]
    [InlineData(@"\bsure .{0,80}?\bok\b", "sure")]
    [InlineData(@"go{2,30}d", "")]
    [InlineData(@"\w{2,5}ing deadline", "deadline")]
    public void Anchors_are_words_the_pattern_cannot_match_without(string regex, string expected) =>
        string.Join('|', PhrasePattern.Anchors(regex)).ShouldBe(expected);

    [Theory]
    [InlineData(@"\bi was (a|an|the) (\w+ ){0,4}(at|in)\b", "was")]                    // common words, when nothing better
    [InlineData(@"\bi (can|could) (do|go) it\b", "can|could")]
    [InlineData(@"^((so|and)[,:]? )*(thank|it('s| was) (a|great)|ha)\b", "thank|it|ha")]  // two letters count
    [InlineData(@"\bwhen (do|can) i start\b", "start")]                                 // a strong anchor stays
    [InlineData(@"go{2,30}d", "go")]
    [InlineData(@"a|b", "")]
    [InlineData(@"\b(i|we) \w+ed\b", "ed")]                                           // inside a word: anchors are substrings
    [InlineData(@"\b(i|we) \w+\b", "")]
    public void Weak_anchors_fall_back_to_short_and_common_words(string regex, string expected) =>
        string.Join('|', PhrasePattern.AnchorsOrWeakAnchors(regex)).ShouldBe(expected);

    [Fact]
    public void Built_in_gimmick_categories_are_the_documented_ones()
    {
        string[] known = ["pressure", "assumptive-close", "ultimatum", "false-urgency", "guarantee", "self-praise", "sales-jargon",
            "trial-close", "working-for-free", "flattery", "threat", "pleading"];
        BuiltInPhraseLists.Gimmicks.Entries.Select(e => e.Category).Distinct().OrderBy(c => c, StringComparer.Ordinal)
            .ShouldBe(known.OrderBy(c => c, StringComparer.Ordinal));
    }

    [Fact]
    public void Plain_phrase_matches_whole_words_in_any_case()
    {
        var list = List("jargon\tclose the deal\tmove forward");
        var text = "Let's CLOSE THE DEAL today, not enclose the deals.";
        var match = list.Matches(text).ShouldHaveSingleItem();
        Found(text, match).ShouldBe("CLOSE THE DEAL");
        match.Category.ShouldBe("jargon");
        match.Suggestion.ShouldBe("move forward");
    }

    [Fact]
    public void Plain_phrase_matches_across_a_line_break_and_curly_apostrophes()
    {
        var list = List("assumptive\twhen's my first day");
        var text = "So, when’s my\r\nfirst day?";
        var match = list.Matches(text).ShouldHaveSingleItem();
        Found(text, match).ShouldBe("when’s my\r\nfirst day");
        match.Text.ShouldBe("when’s my first day");
    }

    [Fact]
    public void Regex_space_matches_any_whitespace_but_not_inside_a_class()
    {
        var list = List("x\t/do we[ ]have a deal/");
        list.Matches("do we have a\r\n  deal").ShouldHaveSingleItem();
        List("x\t/do we[x]have/").Matches("do we have").ShouldBeEmpty();
    }

    [Fact]
    public void Sentence_matches_have_document_spans_after_emoji_and_non_ascii()
    {
        var text = "Thanks, José 🎓! So, when do I start?";
        var document = ScriptDocument.Parse(text);
        var sentence = document.Sentences[^1];
        var match = BuiltInPhraseLists.Gimmicks.Matches(sentence).ShouldHaveSingleItem();
        Found(text, match).ShouldBe("So, when do I start");
        match.Category.ShouldBe("assumptive-close");
    }

    [Fact]
    public void Longer_overlapping_match_wins_and_matches_never_overlap()
    {
        var list = List("short\tyou won't", "long\t/won't regret hiring me/");
        var text = "Hire me, you won't regret hiring me.";
        var match = list.Matches(text).ShouldHaveSingleItem();
        Found(text, match).ShouldBe("won't regret hiring me");
        match.Category.ShouldBe("long");
    }

    [Fact]
    public void Earlier_entry_wins_a_tie()
    {
        var list = List("first\tdo we have a deal", "second\t/do we have a deal/");
        list.Matches("So do we have a deal?").ShouldHaveSingleItem().Category.ShouldBe("first");
    }

    [Fact]
    public void Phrase_group_narrows_the_span_to_the_named_part()
    {
        var list = List("minimizing\t/could we (?<phrase>maybe) talk/\t-");
        var text = "Could we maybe talk next steps?";
        var match = list.Matches(text).ShouldHaveSingleItem();
        Found(text, match).ShouldBe("maybe");
        match.Suggestion.ShouldBe(string.Empty);
    }

    [Fact]
    public void Offset_shifts_spans()
    {
        var match = List("x\tdeal").Matches("a deal", offset: 100).ShouldHaveSingleItem();
        match.Span.Start.ShouldBe(102);
    }

    [Fact]
    public void Comments_and_blank_lines_are_skipped_and_lines_are_numbered_from_one()
    {
        var list = List("# comment", "", "x\tone", "   ", "y\ttwo\t");
        list.Problems.ShouldBeEmpty();
        list.Entries.Select(e => (e.Category, e.Line)).ShouldBe([("x", 3), ("y", 5)]);
        list.Entries[1].Suggestion.ShouldBeNull();
    }

    [Fact]
    public void Bad_lines_are_reported_with_file_and_line_and_the_rest_still_works()
    {
        var list = List("x\tfine", "only a phrase", "y\t/(unclosed/", "z\t\tsuggestion", "w\t/(?<=look)behind/", "v\tstill fine");
        list.Entries.Select(e => e.Category).ShouldBe(["x", "v"]);
        list.Problems.Select(p => p.Line).ShouldBe([2, 3, 4, 5]);
        list.Problems.ShouldAllBe(p => p.FilePath == "test.tsv");
        list.Problems[0].ToString().ShouldStartWith("test.tsv(2): expected 'category<TAB>pattern'");
        list.Problems[1].Message.ShouldContain("/(unclosed/");
        list.Problems[2].Message.ShouldBe("the pattern is empty");
        list.Matches("still fine").ShouldHaveSingleItem();
    }

    [Fact]
    public void Missing_file_gives_an_empty_list_with_one_problem()
    {
        var path = Path.Combine(Path.GetTempPath(), "closelint-missing-" + Guid.NewGuid().ToString("N") + ".tsv");
        var list = PhraseList.Load(path);
        list.Entries.ShouldBeEmpty();
        var problem = list.Problems.ShouldHaveSingleItem();
        problem.FilePath.ShouldBe(path);
        problem.Message.ShouldContain("not found");
    }

    [Fact]
    public void Catastrophic_pattern_finishes_fast_without_backtracking()
    {
        var list = List("evil\t/(a+)+$/");
        var text = new string('a', 50_000) + "b";
        var clock = Stopwatch.StartNew();
        list.Matches(text).ShouldBeEmpty();
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Concat_keeps_both_lists_entries_and_problems()
    {
        var user = List("mine\tpinky promise", "bad");
        var merged = user.Concat(List("theirs\tdeal"));
        merged.Entries.Select(e => e.Category).ShouldBe(["mine", "theirs"]);
        merged.Problems.ShouldHaveSingleItem();
    }
}
