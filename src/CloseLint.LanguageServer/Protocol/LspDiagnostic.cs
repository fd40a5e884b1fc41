using System.Collections.Immutable;

namespace CloseLint.LanguageServer.Protocol;

/// <summary>An LSP <c>Diagnostic</c>.</summary>
internal sealed record LspDiagnostic
{
    /// <summary>Where it is.</summary>
    public required LspRange Range { get; init; }

    /// <summary>1 error, 2 warning, 3 information, 4 hint.</summary>
    public int? Severity { get; init; }

    /// <summary>The rule id, such as <c>CL0002</c>.</summary>
    public string? Code { get; init; }

    /// <summary>The rule's doc page.</summary>
    public CodeDescription? CodeDescription { get; init; }

    /// <summary>Always <c>closelint</c> for ours.</summary>
    public string? Source { get; init; }

    /// <summary>The message.</summary>
    public required string Message { get; init; }

    /// <summary>1 unnecessary, 2 deprecated.</summary>
    public ImmutableArray<int>? Tags { get; init; }
}
