namespace CloseLint.LanguageServer.Protocol;

/// <summary>Code lens options.</summary>
internal sealed record CodeLensOptions(bool ResolveProvider);
