using System.Collections.Immutable;

namespace CloseLint.Analyzers.Tests.Evaluation;

/// <summary>The fields of one development-set script, as <c>../shared/eval/README.md</c> defines them.</summary>
internal sealed record DevExpectation(
    bool SummaryOver30Seconds,
    bool HasConcernQuestion,
    string AskParts,
    ImmutableArray<string> GimmickPhrases,
    bool AskBeforeConcern,
    bool VerbatimTemplate);
