using System.Collections.Immutable;

namespace CloseLint.LanguageServer.Protocol;

/// <summary>The parameters of the server's <c>workspace/configuration</c> request.</summary>
internal sealed record ConfigurationParams(ImmutableArray<ConfigurationItem> Items);
