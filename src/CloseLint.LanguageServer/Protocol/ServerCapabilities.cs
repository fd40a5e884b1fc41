namespace CloseLint.LanguageServer.Protocol;

/// <summary>What the server offers.</summary>
internal sealed record ServerCapabilities
{
    /// <summary><c>utf-16</c> or <c>utf-8</c>.</summary>
    public required string PositionEncoding { get; init; }

    /// <summary>Open/close, incremental changes and saves.</summary>
    public required TextDocumentSyncOptions TextDocumentSync { get; init; }

    /// <summary>The code action kinds offered.</summary>
    public required CodeActionOptions CodeActionProvider { get; init; }

    /// <summary>Hovers.</summary>
    public bool HoverProvider { get; init; } = true;

    /// <summary>Inlay hints.</summary>
    public bool InlayHintProvider { get; init; } = true;

    /// <summary>Code lenses.</summary>
    public required CodeLensOptions CodeLensProvider { get; init; }

    /// <summary>Present when the client pulls diagnostics.</summary>
    public DiagnosticOptions? DiagnosticProvider { get; init; }
}
