using System.Globalization;
using CloseLint.Analysis;
using CloseLint.LanguageServer.Documents;

namespace CloseLint.LanguageServer.Diagnostics;

/// <summary>
/// One analysis of one document snapshot, with the options it used. <see cref="Sequence"/> numbers the server's analyses,
/// each once; every request sharing an analysis sees the same number.
/// </summary>
internal sealed record DocumentAnalysis(DocumentSnapshot Snapshot, AnalysisResult Result, AnalyzerOptions Options, int SettingsGeneration, long Sequence)
{
    /// <summary>
    /// Identifies this analysis (a pull diagnostics <c>resultId</c>). Not built from the version: a document closed and
    /// reopened starts again at the client's first version, and a saved <c>.editorconfig</c> changes the options without
    /// a new version or settings generation, so only a number no other analysis has can say "unchanged" truthfully.
    /// </summary>
    public string ResultId => Sequence.ToString(CultureInfo.InvariantCulture);
}
