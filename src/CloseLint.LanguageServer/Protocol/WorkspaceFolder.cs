namespace CloseLint.LanguageServer.Protocol;

/// <summary>A workspace folder.</summary>
internal sealed record WorkspaceFolder(string Uri, string? Name);
