namespace CloseLint.LanguageServer.Protocol;

/// <summary>An LSP <c>Position</c>: a 0-based line and a character offset in the negotiated encoding.</summary>
internal sealed record LspPosition(int Line, int Character);
