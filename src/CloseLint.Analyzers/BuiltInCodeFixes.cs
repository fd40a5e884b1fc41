using System.Collections.Immutable;
using CloseLint.CodeFixes;

namespace CloseLint;

/// <summary>Every code fix CloseLint ships, in rule id order.</summary>
public static class BuiltInCodeFixes
{
    /// <summary>One instance of each built-in code fix provider.</summary>
    public static ImmutableArray<CodeFixProvider> All { get; } =
    [
        new Rules.CL0002GimmickPhraseCodeFix(),
        new Rules.CL0003NoConcernQuestionCodeFix(),
        new Rules.CL0004NoAskCodeFix(),
        new Rules.CL0008HedgedAskCodeFix(),
        new Rules.CL0009HalfAskCodeFix(),
    ];
}
