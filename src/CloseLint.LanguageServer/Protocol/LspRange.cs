namespace CloseLint.LanguageServer.Protocol;

/// <summary>An LSP <c>Range</c>; the end is excluded.</summary>
internal sealed record LspRange(LspPosition Start, LspPosition End);
