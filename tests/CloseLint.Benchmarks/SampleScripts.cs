using System.Text;

namespace CloseLint.Benchmarks;

/// <summary>Deterministic inputs: a 300-word closing script and a 1 MB document made of varied copies of it.</summary>
internal static class SampleScripts
{
    public const string ThreeHundredWords = """
        # Summary

        Thank you both for the time today, and for walking me through the ward's new discharge process. To sum up, I've spent
        seven years as a registered nurse, the last four on a 24-bed cardiac step-down unit at St. Mary's, where I precept new
        graduates and chair our falls-prevention group. Last year we cut falls by 31% and brought our readmission rate down to
        9.5%, mostly by tightening handovers between shifts. I'm calm in a crisis, I document carefully, and I like teaching.
        What draws me here is your focus on continuity of care: your team's bedside handover model is exactly how I like to work,
        and your community outreach clinic is something I'd love to contribute to.

        ## Concern question

        Before we finish, is there anything in my background, or in how I'd fit with the team, that gives you pause? I'd rather
        hear it now, so I can answer it while we're together.

        ## Ask

        I really want this position, and after today I'm even more sure it's the right next step for me. What are the next steps
        in your process, and when do you expect to make a decision? If it helps, I can send my references tonight, and I'm
        available for a second conversation any day next week. I have a second interview elsewhere on Friday, but this role is
        my first choice, so knowing your timeline would help me plan. Thanks again for a thoughtful conversation, and for the
        tour of the unit; it was great to meet Dr. Okafor and the night team. I'll follow up by email on Monday in case anything
        else would be useful for you, e.g. a copy of my certifications or my BLS and ACLS cards, which are current through 2027.
        """;

    public static string OneMegabyte { get; } = Build(1_000_000);

    private static string Build(int minimumLength)
    {
        var builder = new StringBuilder(minimumLength + ThreeHundredWords.Length);
        for (var copy = 0; builder.Length < minimumLength; copy++)
            builder.Append(ThreeHundredWords.Replace("seven years", $"{copy % 20 + 2} years", StringComparison.Ordinal)).Append("\n\n");
        return builder.ToString();
    }
}
