namespace CloseLint.LanguageServer;

/// <summary>How LSP positions count characters within a line.</summary>
internal enum PositionEncodingKind
{
    /// <summary>UTF-16 code units, LSP's default and the engine's own unit.</summary>
    Utf16,

    /// <summary>UTF-8 bytes, when the client offers it.</summary>
    Utf8,
}
