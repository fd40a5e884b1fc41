using System.Collections.Immutable;

namespace CloseLint.LanguageServer.Protocol;

/// <summary>A pull diagnostics answer: <c>kind</c> is <c>full</c> (with items) or <c>unchanged</c>.</summary>
internal sealed record DocumentDiagnosticReport(string Kind, string? ResultId, ImmutableArray<LspDiagnostic>? Items);
