namespace CloseLint.LanguageServer.Protocol;

/// <summary>Whether saves carry the text.</summary>
internal sealed record SaveOptions(bool IncludeText);
