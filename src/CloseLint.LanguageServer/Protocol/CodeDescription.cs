namespace CloseLint.LanguageServer.Protocol;

/// <summary>Where a diagnostic's code is explained.</summary>
internal sealed record CodeDescription(string Href);
