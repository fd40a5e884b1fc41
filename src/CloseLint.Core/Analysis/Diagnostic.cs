using System.Collections.Immutable;

namespace CloseLint.Analysis;

/// <summary>One finding: a descriptor, a location, message arguments and data for code fixes.</summary>
public sealed class Diagnostic
{
    private Diagnostic(DiagnosticDescriptor descriptor, Location location, DiagnosticSeverity severity,
        ImmutableArray<object?> arguments, ImmutableDictionary<string, string?> properties)
    {
        Descriptor = descriptor;
        Location = location;
        Severity = severity;
        Arguments = arguments;
        Properties = properties;
    }

    /// <summary>What kind of finding this is.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The rule id.</summary>
    public string Id => Descriptor.Id;

    /// <summary>Where it is.</summary>
    public Location Location { get; }

    /// <summary>The effective severity (the default until configuration changes it).</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The message's arguments.</summary>
    public ImmutableArray<object?> Arguments { get; }

    /// <summary>Data a code fix needs (for example the suggested replacement).</summary>
    public ImmutableDictionary<string, string?> Properties { get; }

    /// <summary>Creates a diagnostic with the descriptor's default severity.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object?[] messageArgs) =>
        Create(descriptor, location, properties: null, messageArgs);

    /// <summary>Creates a diagnostic with properties for a code fix.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location,
        ImmutableDictionary<string, string?>? properties, params object?[] messageArgs)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(location);
        return new Diagnostic(descriptor, location, descriptor.DefaultSeverity, [.. messageArgs ?? []],
            properties ?? ImmutableDictionary<string, string?>.Empty);
    }

    /// <summary>The formatted message.</summary>
    public string GetMessage() => Descriptor.FormatMessage(Arguments);

    /// <summary>The same diagnostic with another severity.</summary>
    public Diagnostic WithSeverity(DiagnosticSeverity severity) =>
        severity == Severity ? this : new Diagnostic(Descriptor, Location, severity, Arguments, Properties);

    /// <inheritdoc/>
    public override string ToString()
    {
        var position = Location.GetLineSpan().Start;
        return $"{Location.FilePath}({position.Line + 1},{position.Character + 1}): {Severity.ToConfigName()} {Id}: {GetMessage()}";
    }
}
