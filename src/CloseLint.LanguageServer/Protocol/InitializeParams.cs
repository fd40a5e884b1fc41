using System.Collections.Immutable;

namespace CloseLint.LanguageServer.Protocol;

/// <summary>The parameters of <c>initialize</c> that CloseLint reads; the rest are tolerated and ignored.</summary>
internal sealed record InitializeParams(
    int? ProcessId,
    string? RootUri,
    string? RootPath,
    ImmutableArray<WorkspaceFolder>? WorkspaceFolders,
    ClientCapabilities? Capabilities,
    string? Trace,
    ClientInfo? ClientInfo);
