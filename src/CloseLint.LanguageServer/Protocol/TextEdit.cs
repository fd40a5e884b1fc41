namespace CloseLint.LanguageServer.Protocol;

/// <summary>Replaces <see cref="Range"/> with <see cref="NewText"/>.</summary>
internal sealed record TextEdit(LspRange Range, string NewText);
