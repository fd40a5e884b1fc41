using System.Collections.Immutable;

namespace CloseLint.CodeFixes;

/// <summary>Offers fixes for the diagnostics of some rules. Providers are stateless and thread-safe.</summary>
public abstract class CodeFixProvider
{
    /// <summary>The ids this provider can fix.</summary>
    public abstract ImmutableArray<string> FixableDiagnosticIds { get; }

    /// <summary>Registers zero or more fixes for <see cref="CodeFixContext.Diagnostic"/>.</summary>
    public abstract Task RegisterCodeFixesAsync(CodeFixContext context);

    /// <inheritdoc/>
    public override string ToString() => GetType().Name;
}
