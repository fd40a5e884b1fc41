using System.Collections.Immutable;

namespace CloseLint.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/publishDiagnostics</c>.</summary>
internal sealed record PublishDiagnosticsParams(string Uri, int? Version, ImmutableArray<LspDiagnostic> Diagnostics);
