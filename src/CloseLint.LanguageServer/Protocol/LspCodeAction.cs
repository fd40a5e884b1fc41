using System.Collections.Immutable;

namespace CloseLint.LanguageServer.Protocol;

/// <summary>An LSP <c>CodeAction</c> with its edit.</summary>
internal sealed record LspCodeAction
{
    /// <summary>What it does.</summary>
    public required string Title { get; init; }

    /// <summary>Such as <c>quickfix</c>.</summary>
    public string? Kind { get; init; }

    /// <summary>The diagnostics it resolves.</summary>
    public ImmutableArray<LspDiagnostic>? Diagnostics { get; init; }

    /// <summary>True for the fix an editor may apply on its own.</summary>
    public bool? IsPreferred { get; init; }

    /// <summary>The changes.</summary>
    public WorkspaceEdit? Edit { get; init; }
}
