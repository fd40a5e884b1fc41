namespace CloseLint.LanguageServer.Protocol;

/// <summary>An LSP <c>InlayHint</c> with a plain label.</summary>
internal sealed record InlayHint
{
    /// <summary>Where the hint shows.</summary>
    public required LspPosition Position { get; init; }

    /// <summary>The text shown.</summary>
    public required string Label { get; init; }

    /// <summary>Shown on hover.</summary>
    public string? Tooltip { get; init; }

    /// <summary>Space before the label.</summary>
    public bool? PaddingLeft { get; init; }
}
