using CloseLint.Analysis;
using CloseLint.Intent;
using CloseLint.Syntax;
using Shouldly;

namespace CloseLint.Analyzers.Tests.Detection;

public sealed class LexicalIntentDetectorTests
{
    private static readonly LexicalIntentDetector Detector = LexicalIntentDetector.Instance;

    [Theory]
    [InlineData("Is there anything in my background that gives you pause?")]
    [InlineData("Do you have any reservations about my experience for this role?")]
    [InlineData("What would make you hesitate to bring me on board?")]
    [InlineData("Is my lack of hospital experience a worry for you?")]
    [InlineData("Where do you think I come up short compared with the other finalists?")]
    [InlineData("Do you think I'm too junior for a lead position?")]
    [InlineData("I'd welcome your honest view on any gaps in my CV.")]
    [InlineData("Please let me know if anything about my profile concerns you.")]
    [InlineData("If you have any doubts about my fit, I'd like to address them now.")]
    [InlineData("is there anything abt my experience u r not sure about")]
    [InlineData("Any reservations?")]
    [InlineData("Having never managed a budget myself, would that count against me?")]
    [InlineData("Is there any part of my application that doesn't quite line up with what you need?")]
    [InlineData("If you're on the fence about anything at all, just say the word.")]
    [InlineData("so... any red flags on my side")]
    [InlineData("Do you think I'd cope with the pace on this ward?")]
    [InlineData("What might make you go with another candidate?")]
    public void Reads_concern_questions_about_the_candidate(string sentence) =>
        Detector.Classify(sentence).Label.ShouldBe(IntentLabel.Concern);

    [Theory]
    [InlineData("What concerns does the team have about the Q3 launch?")]
    [InlineData("What worries keep your nurses busy on the night shift?")]
    [InlineData("Where does the department fall short of its targets?")]
    [InlineData("What tends to trip up new hires here?")]
    [InlineData("Is there anything else you'd like to know about me?")]
    [InlineData("Is there anything I can clarify about my résumé?")]
    [InlineData("How do you see me fitting in with the group?")]
    [InlineData("My only hesitation was the commute, and you've answered that.")]
    [InlineData("I was a little worried about the weekend rota, but one in four sounds fine.")]
    [InlineData("What are the biggest risks facing the product this year?")]
    [InlineData("What reservations did the drivers have about the new routing app?")]
    [InlineData("Does anything about the merger give you pause?")]
    [InlineData("Do you have any questions about my portfolio?")]
    [InlineData("If I raise a concern with my supervisor, how is it handled?")]
    [InlineData("What's unusual about me is that I trained as a chef before nursing.")]
    public void Keeps_other_concerns_and_neutral_invitations_as_other(string sentence) =>
        Detector.Classify(sentence).Label.ShouldNotBe(IntentLabel.Concern);

    [Theory]
    [InlineData("What are the next steps?", AskParts.NextSteps)]
    [InlineData("I'd love to hear about next steps.", AskParts.NextSteps)]
    [InlineData("Could you tell me when you expect to decide?", AskParts.NextSteps)]
    [InlineData("When can I expect to hear back from you?", AskParts.NextSteps)]
    [InlineData("Do you need my references before the panel meets?", AskParts.NextSteps)]
    [InlineData("Will there be a second round?", AskParts.NextSteps)]
    [InlineData("I want this job.", AskParts.Interest)]
    [InlineData("I'd love to join your kitchen team.", AskParts.Interest)]
    [InlineData("I'm very interested in this position.", AskParts.Interest)]
    [InlineData("This role is my first choice.", AskParts.Interest)]
    [InlineData("I'd be proud to lead this school.", AskParts.Interest)]
    [InlineData("You've convinced me, I'd love to work here.", AskParts.Interest)]
    [InlineData("I'd love the chance to prove myself here.", AskParts.Interest)]
    [InlineData("Dead keen, just so you know.", AskParts.Interest)]
    [InlineData("Please keep me in mind for the post.", AskParts.Interest)]
    [InlineData("Will I need to meet the head of department as well?", AskParts.NextSteps)]
    [InlineData("Should I send over my registration number now?", AskParts.NextSteps)]
    [InlineData("Will I get feedback if I'm not successful?", AskParts.NextSteps)]
    [InlineData("Is there a practical test still to come?", AskParts.NextSteps)]
    [InlineData("I really want this role, so what happens next?", AskParts.Both)]
    [InlineData("I'm keen to join, and I'd appreciate a sense of your timeline.", AskParts.Both)]
    public void Reads_both_halves_of_the_ask(string sentence, AskParts parts)
    {
        Detector.Classify(sentence).Label.ShouldBe(IntentLabel.Ask);
        LexicalIntentDetector.GetAskParts(SingleSentence(sentence)).ShouldBe(parts);
    }

    [Theory]
    [InlineData("What are the next steps for the product roadmap?")]
    [InlineData("What's the timeline for the warehouse refit?")]
    [InlineData("When will the board decide on the new supplier?")]
    [InlineData("I'm very interested in the research you're doing on sepsis.")]
    [InlineData("If I were to join, what would my first week look like?")]
    [InlineData("How does onboarding work for new nurses?")]
    [InlineData("Thank you for considering my application.")]
    [InlineData("I'll send a thank-you note tonight.")]
    [InlineData("I love what your team did with the new playground.")]
    [InlineData("When is the next round of funding for the charity?")]
    [InlineData("Moving forward, how will the ward cope with the winter rush?")]
    [InlineData("How do you decide which drivers get which routes?")]
    [InlineData("Which shifts would the successful candidate usually work?")]
    [InlineData("I'm glad we got to talk about the mentoring scheme.")]
    [InlineData("So basically I've done care work since I was 18 and I love it.")]
    public void Keeps_other_plans_and_company_interest_out_of_the_ask(string sentence) =>
        Detector.Classify(sentence).Label.ShouldNotBe(IntentLabel.Ask);

    [Theory]
    [InlineData("To sum up, I've spent six years as a charge nurse on a busy surgical ward.")]
    [InlineData("I've led a team of nine electricians on commercial fit-outs.")]
    [InlineData("I'm a certified payroll specialist with four years in retail.")]
    [InlineData("Last year I finished at 118% of quota.")]
    [InlineData("I think my calm style would suit the families you described.")]
    [InlineData("In short, I know your booking system well and I train new starters on it.")]
    [InlineData("I started on a ward in Leeds, then I moved to community nursing, and for the last four years I've been a team leader.")]
    [InlineData("I've run crews of up to nine on hospital refits.")]
    [InlineData("I speak three languages fluently, including Tagalog.")]
    [InlineData("Last spring I booked 34 site visits, the most on the team.")]
    [InlineData("Strong SQL, good Power BI, some Python.")]
    public void Reads_summary_statements(string sentence) =>
        Detector.Classify(sentence).Label.ShouldBe(IntentLabel.Summary);

    [Theory]
    [InlineData("Thanks so much for your time today.")]
    [InlineData("I grew up just down the road from the depot.")]
    [InlineData("I've been a customer of yours for years.")]
    [InlineData("I'm available to start after the 15th.")]
    [InlineData("I moved to Leeds three years ago with my partner.")]
    [InlineData("I can do any shift pattern, days or nights.")]
    [InlineData("I've lived in Cardiff for about five years now.")]
    [InlineData("You mentioned the ward is short of senior nurses.")]
    [InlineData("I brought a copy of my portfolio if you'd like it.")]
    [InlineData("The last person in the job stayed nine years, which says a lot.")]
    [InlineData("Your new clinic looks fantastic.")]
    public void Keeps_small_talk_out_of_the_summary(string sentence) =>
        Detector.Classify(sentence).Label.ShouldBe(IntentLabel.Other);

    [Theory]
    [InlineData("So, when do I start?")]
    [InlineData("You won't find anyone better than me.")]
    public void Reads_gimmicks_from_the_built_in_phrase_list(string sentence) =>
        Detector.Classify(sentence).Label.ShouldBe(IntentLabel.Gimmick);

    [Fact]
    public void Gimmick_wins_over_a_concern_wrapped_inside_it() =>
        Detector.Classify("Now that I've answered everything, is there anything stopping you from offering me the job right now?").Label
            .ShouldBe(IntentLabel.Gimmick);

    [Fact]
    public void Uses_section_headings_as_hints()
    {
        var document = ScriptDocument.Parse("## Why me\n\nCalm under pressure and good with anxious families.\n\n## My concern question\n\nAnything you'd push back on?\n",
            "/s/closing.md");
        var intents = Detector.Classify(document);
        intents[0].Label.ShouldBe(IntentLabel.Summary);
        intents[1].Label.ShouldBe(IntentLabel.Concern);
        intents[0].Confidence.ShouldBeLessThan(Detector.Classify("I've led a team of nine electricians on commercial fit-outs.").Confidence);
    }

    [Fact]
    public void Patterns_beat_a_misleading_heading()
    {
        var document = ScriptDocument.Parse("Ask: is there anything about my background that makes you unsure about me?\n", "/s/closing.txt");
        Detector.Classify(document)[0].Label.ShouldBe(IntentLabel.Concern);
    }

    [Fact]
    public void Returns_one_intent_per_sentence_with_confidences_in_range()
    {
        var document = ScriptDocument.Parse("Thanks for today. I've run the night shift for five years. Any doubts about me? I'd love to join. What's next?");
        var intents = Detector.Classify(document);
        intents.Length.ShouldBe(document.Sentences.Length);
        intents.Select(i => i.Label).ShouldBe([IntentLabel.Other, IntentLabel.Summary, IntentLabel.Concern, IntentLabel.Ask, IntentLabel.Ask]);
        intents.ShouldAllBe(i => i.Confidence > 0 && i.Confidence <= 1);
    }

    [Fact]
    public void Classifies_a_very_long_run_on_sentence_quickly()
    {
        var text = string.Concat(Enumerable.Repeat("and then the rain came down on the old tin roof ", 20_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Detector.Classify(text).Label.ShouldBe(IntentLabel.Other);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Honours_cancellation()
    {
        var document = ScriptDocument.Parse("One. Two. Three.");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Should.Throw<OperationCanceledException>(() => Detector.Classify(document, cancelled.Token));
    }

    private static SentenceSyntax SingleSentence(string text)
    {
        var document = ScriptDocument.Parse(text);
        document.Sentences.Length.ShouldBe(1);
        return document.Sentences[0];
    }

    [Theory]
    [InlineData("i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i i ")]
    [InlineData("my background my experience i have been i have had years of ")]
    [InlineData("not quite sure if you would not be too junior i might not be hoping to see ")]
    [InlineData("wondering whether you think i would love to know what is next for ")]
    [InlineData("abcdefghijklmnopqrstuvwxyz")]
    public void Finishes_at_once_on_hostile_text_at_the_length_limit(string piece)
    {
        // The patterns backtrack without a timeout, relying on bounded gaps and IntentText.MaxLength: near-miss
        // words repeated past that length are the worst case. The bound is a hang guard, not a benchmark.
        var text = string.Concat(Enumerable.Repeat(piece, IntentText.MaxLength / piece.Length + 2));
        foreach (var variant in new[] { text, text.TrimEnd() + "?", text.Replace(' ', '-') })
            Should.CompleteIn(() => Detector.Classify(variant), TimeSpan.FromSeconds(3), variant[..40]);
    }

    [Fact]
    public void Every_lexical_pattern_compiles()
    {
        // Alternatives compile on first use, so a bad one would only fail on the sentence that first needs it.
        var sets = typeof(LexicalIntentDetector).Assembly.GetTypes()
            .SelectMany(type => type.GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic))
            .Where(field => field.FieldType == typeof(PatternSet))
            .Select(field => (Name: $"{field.DeclaringType!.Name}.{field.Name}", Set: (PatternSet)field.GetValue(null)!))
            .ToList();
        sets.Count.ShouldBeGreaterThan(20);
        foreach (var (name, set) in sets) Should.NotThrow(() => set.CompileAll(), name).ShouldBeGreaterThan(0, name);
    }

    [Fact]
    public void Anchor_words_never_skip_a_lexical_pattern_that_matches()
    {
        // Each alternative runs only when one of its anchor words (weak ones included) is in the sentence; an anchor
        // the pattern can match without would silently lose matches. The model's training sentences exercise them.
        var sentences = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "models", "intent", "data"), "*.tsv")
            .SelectMany(File.ReadLines).Select(line => IntentText.Normalize(line[(line.IndexOf('\t') + 1)..])).ToList();
        sentences.Count.ShouldBeGreaterThan(1000);
        var sets = typeof(LexicalIntentDetector).Assembly.GetTypes()
            .SelectMany(type => type.GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic))
            .Where(field => field.FieldType == typeof(PatternSet))
            .Select(field => (PatternSet)field.GetValue(null)!)
            .ToList();
        var skipped = sentences.SelectMany(sentence => sets.SelectMany(set => set.AlternativesWronglySkipped(sentence))
            .Select(pattern => $"{pattern} matches \"{sentence}\"")).Take(5).ToList();
        skipped.ShouldBeEmpty();
    }
}
