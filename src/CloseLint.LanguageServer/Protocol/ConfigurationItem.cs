namespace CloseLint.LanguageServer.Protocol;

/// <summary>One settings section asked for, optionally for one document.</summary>
internal sealed record ConfigurationItem(string? ScopeUri, string? Section);
