namespace CloseLint.LanguageServer.Protocol;

/// <summary>An LSP <c>CodeLens</c>.</summary>
internal sealed record CodeLens(LspRange Range, LspCommand? Command);
