namespace CloseLint.LanguageServer.Protocol;

/// <summary>The client's name and version (for logs).</summary>
internal sealed record ClientInfo(string Name, string? Version);
