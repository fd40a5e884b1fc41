using System.Collections.Immutable;

namespace CloseLint.LanguageServer.Protocol;

/// <summary>The diagnostics the client shows in a code action's range, and the kinds it wants.</summary>
internal sealed record CodeActionContext(ImmutableArray<LspDiagnostic>? Diagnostics, ImmutableArray<string>? Only);
