using CsCheck;

namespace CloseLint.Reliability.Tests.Properties;

/// <summary>
/// Random closing scripts built from fragments that exercise every layer: Markdown, line conventions, suppression
/// comments, CRLF and lone CR, emoji (surrogate pairs), combining marks, non-ASCII names, and phrasings the built-in
/// rules report (gimmicks, hedged asks), written here for these tests.
/// </summary>
internal static class ScriptGen
{
    public static readonly string[] Fragments =
    [
        "I led a team of 12 nurses", " ", ". ", "? ", "! ", "...", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n",
        "# Summary\n", "## Ask\r\n", "Concern: ", "- ", "1. ", "> a prompt\n", "`code`", "[link](http://x)", "**bold**",
        "<!-- closelint-disable CL0002 -->", "<!-- closelint-enable -->", "<!-- closelint-disable-next-line -->\n",
        "🎉", "👩🏽‍⚕️", "José", "Zoë", "e\u0301", "Straße", "日本語", "\t", "(pause)\n", "[smile]", "THEM: any questions?\n",
        "You won't find anyone better for this role", "I guarantee results from day one", "When do I start?",
        "I was just wondering if maybe we could talk about next steps?", "Sorry to ask, but what are the next steps?",
        "If it's not too much trouble, could you tell me the timeline?", "Is there anything that gives you pause?",
        "I'd love to join your team. ", "Dr. Ng", " $4.5M", "\"quoted.\" ",
    ];

    public static Gen<string> Fragment { get; } = Gen.Int[0, Fragments.Length - 1].Select(i => Fragments[i]);

    public static Gen<string> Script { get; } = Fragment.Array[0, 30].Select(parts => string.Concat(parts));
}
