using CloseLint.Intent;
using Shouldly;
using Xunit;

namespace CloseLint.Analyzers.Tests.Detection;

public sealed class PatternSetTests
{
    [Fact]
    public void A_pattern_set_made_after_a_text_was_scanned_still_finds_its_anchors_in_that_text()
    {
        // The last text scanned is remembered per thread, with the shared index of that moment; a set registered
        // later has anchors that index never held.
        var text = "honestly the zebracorn quartz plan worked";
        var first = PatternSet.Words("zebracorn");
        first.IsMatch(text).ShouldBeTrue();
        var later = PatternSet.Words("quartz plan");
        later.IsMatch(text).ShouldBeTrue();
        PatternSet.Words("quartzite").IsMatch(text).ShouldBeFalse();
    }

    [Fact]
    public void Alternatives_run_only_for_the_text_they_can_match()
    {
        var set = PatternSet.Of(@"\bnext steps?\b|\bwhen (do|can) i start\b|^so\b");
        set.IsMatch("what are the next steps").ShouldBeTrue();
        set.IsMatch("when can i start").ShouldBeTrue();
        set.IsMatch("so that's me").ShouldBeTrue();       // unanchored: always runs
        set.IsMatch("i started last year").ShouldBeFalse();
        set.Matches("next step, then the next steps").Select(m => m.Index).ShouldBe([0, 20]);
        set.Replace("next step and when do i start", "_").ShouldBe("_ and _");
    }
}
