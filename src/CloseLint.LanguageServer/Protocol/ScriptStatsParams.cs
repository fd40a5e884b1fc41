namespace CloseLint.LanguageServer.Protocol;

/// <summary>The parameters of CloseLint's own <c>closelint/scriptStats</c> notification, sent after each analysis.</summary>
internal sealed record ScriptStatsParams(string Uri, int Version, double SpeakingSeconds, double SummarySeconds, bool HasConcern, bool HasAsk);
