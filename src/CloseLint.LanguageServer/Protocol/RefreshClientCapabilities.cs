namespace CloseLint.LanguageServer.Protocol;

/// <summary>Whether the client accepts a <c>…/refresh</c> request from the server.</summary>
internal sealed record RefreshClientCapabilities(bool? RefreshSupport);
