using CloseLint.Analysis;
using CloseLint.LanguageServer.Documents;

namespace CloseLint.LanguageServer.Diagnostics;

/// <summary>One analysis of one document snapshot, with the options it used.</summary>
internal sealed record DocumentAnalysis(DocumentSnapshot Snapshot, AnalysisResult Result, AnalyzerOptions Options, int SettingsGeneration)
{
    /// <summary>Identifies the text and configuration analyzed (a pull diagnostics <c>resultId</c>).</summary>
    public string ResultId => $"{Snapshot.Version}:{SettingsGeneration}";
}
