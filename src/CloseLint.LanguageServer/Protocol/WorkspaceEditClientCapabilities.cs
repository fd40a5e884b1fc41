using System.Collections.Immutable;

namespace CloseLint.LanguageServer.Protocol;

/// <summary>Whether workspace edits may hold <c>documentChanges</c> and which file operations.</summary>
internal sealed record WorkspaceEditClientCapabilities(bool? DocumentChanges, ImmutableArray<string>? ResourceOperations);
