using System.Collections.Immutable;
using CloseLint.Analysis;

namespace CloseLint;

/// <summary>Every rule CloseLint ships, in id order.</summary>
public static class BuiltInAnalyzers
{
    /// <summary>One instance of each built-in analyzer.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> All { get; } =
    [
        new Rules.CL0001SummaryLengthAnalyzer(),
        new Rules.CL0002GimmickPhraseAnalyzer(),
        new Rules.CL0003NoConcernQuestionAnalyzer(),
        new Rules.CL0004NoAskAnalyzer(),
        new Rules.CL0005OrderAnalyzer(),
        new Rules.CL0006NoSummaryAnalyzer(),
        new Rules.CL0007TextbookWordingAnalyzer(),
        new Rules.CL0008HedgedAskAnalyzer(),
        new Rules.CL0009HalfAskAnalyzer(),
        new Rules.CL0010NoOrganizationFitAnalyzer(),
    ];

    /// <summary>Every built-in descriptor, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } =
        [.. All.SelectMany(a => a.SupportedDiagnostics).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal)];
}
