using System.Collections.Immutable;
using System.Reflection;
using CloseLint.Analysis;

namespace CloseLint.Cli.Commands;

/// <summary>The rule pages from <c>docs/rules/*.md</c>, built into the tool so <c>closelint explain</c> works offline.</summary>
internal static class RuleDocs
{
    private const string Prefix = "CloseLint.Cli.RuleDocs.";

    /// <summary>The ids that have a page, in order.</summary>
    public static ImmutableArray<string> Ids { get; } =
    [
        .. typeof(RuleDocs).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^3])
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>The page of rule <paramref name="id"/>, or null.</summary>
    public static string? Find(string id)
    {
        using var stream = typeof(RuleDocs).Assembly.GetManifestResourceStream(Prefix + id.ToUpperInvariant() + ".md");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Every descriptor the tool knows: the built-in rules and CloseLint's own diagnostics.</summary>
    public static ImmutableArray<DiagnosticDescriptor> AllDescriptors { get; } =
    [
        .. BuiltInAnalyzers.Descriptors
            .Concat([InternalDiagnostics.AnalyzerFailed, InternalDiagnostics.ConfigurationProblem, InternalDiagnostics.UnreadableInput, InternalDiagnostics.EmptyScript])
            .DistinctBy(d => d.Id)
            .OrderBy(d => d.Id, StringComparer.Ordinal),
    ];

    /// <summary>Reads an assembly resource that ships with the tool (templates).</summary>
    public static string ReadTemplate(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CloseLint.Cli.Templates." + name)
            ?? throw new InvalidOperationException($"The template '{name}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
