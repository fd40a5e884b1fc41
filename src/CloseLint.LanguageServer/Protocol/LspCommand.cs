namespace CloseLint.LanguageServer.Protocol;

/// <summary>An LSP <c>Command</c>; an empty command id shows the title as a label.</summary>
internal sealed record LspCommand(string Title, string Command);
