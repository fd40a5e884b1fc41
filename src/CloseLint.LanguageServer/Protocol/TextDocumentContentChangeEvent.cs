namespace CloseLint.LanguageServer.Protocol;

/// <summary>One edit: <see cref="Range"/> replaced by <see cref="Text"/>, or the whole text when there is no range.</summary>
internal sealed record TextDocumentContentChangeEvent(LspRange? Range, string Text);
