using System.Collections.Immutable;

namespace CloseLint.LanguageServer.Protocol;

/// <summary>The code action kinds offered.</summary>
internal sealed record CodeActionOptions(ImmutableArray<string> CodeActionKinds);
