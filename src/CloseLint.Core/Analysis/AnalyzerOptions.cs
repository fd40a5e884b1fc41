using System.Collections.Immutable;
using System.Globalization;

namespace CloseLint.Analysis;

/// <summary>
/// The configuration that applies to one document: rule options (<c>closelint_*</c> keys), per-rule severities,
/// and any problems found while reading configuration files.
/// </summary>
public sealed class AnalyzerOptions
{
    /// <summary>No configuration: every rule at its default.</summary>
    public static AnalyzerOptions Empty { get; } = new(
        ImmutableDictionary<string, ConfiguredValue>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase),
        ImmutableDictionary<string, ReportDiagnostic>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase),
        []);

    /// <summary>Creates options.</summary>
    public AnalyzerOptions(ImmutableDictionary<string, ConfiguredValue> values, ImmutableDictionary<string, ReportDiagnostic> severities,
        ImmutableArray<ConfigurationProblem> problems)
    {
        Values = values.WithComparers(StringComparer.OrdinalIgnoreCase);
        Severities = severities.WithComparers(StringComparer.OrdinalIgnoreCase);
        Problems = problems.IsDefault ? [] : problems;
    }

    /// <summary>Rule options by key, such as <c>closelint_summary_max_seconds</c>.</summary>
    public ImmutableDictionary<string, ConfiguredValue> Values { get; }

    /// <summary>Configured severities by rule id.</summary>
    public ImmutableDictionary<string, ReportDiagnostic> Severities { get; }

    /// <summary>Problems found in configuration files (reported as CL9002).</summary>
    public ImmutableArray<ConfigurationProblem> Problems { get; }

    /// <summary>Options with one value set (a host or a test setting it).</summary>
    public AnalyzerOptions WithValue(string key, string value, string? baseDirectory = null) =>
        new(Values.SetItem(key, new ConfiguredValue(value, baseDirectory)), Severities, Problems);

    /// <summary>Options with one rule's severity set.</summary>
    public AnalyzerOptions WithSeverity(string id, ReportDiagnostic severity) => new(Values, Severities.SetItem(id, severity), Problems);

    /// <summary>These options, with every value and severity of <paramref name="overrides"/> taking precedence.</summary>
    public AnalyzerOptions OverriddenBy(AnalyzerOptions overrides) =>
        new(Values.SetItems(overrides.Values), Severities.SetItems(overrides.Severities), Problems.AddRange(overrides.Problems));

    /// <summary>The raw value of <paramref name="key"/>.</summary>
    public bool TryGetValue(string key, out string value)
    {
        if (Values.TryGetValue(key, out var configured))
        {
            value = configured.Value;
            return true;
        }

        value = string.Empty;
        return false;
    }

    /// <summary>A number option, or <paramref name="defaultValue"/> when it is missing or not a number in range.</summary>
    public double GetNumber(string key, double defaultValue, double min = double.MinValue, double max = double.MaxValue) =>
        TryGetValue(key, out var raw) && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && value >= min && value <= max
            ? value
            : defaultValue;

    /// <summary>A true/false option.</summary>
    public bool GetBoolean(string key, bool defaultValue) =>
        TryGetValue(key, out var raw) && bool.TryParse(raw, out var value) ? value : defaultValue;

    /// <summary>A file path option, made absolute against the folder of the file that set it.</summary>
    public bool TryGetPath(string key, out string fullPath)
    {
        fullPath = string.Empty;
        if (!Values.TryGetValue(key, out var configured) || string.IsNullOrWhiteSpace(configured.Value)) return false;
        var value = configured.Value.Trim();
        fullPath = Path.IsPathRooted(value) || configured.BaseDirectory is null ? Path.GetFullPath(value) : Path.GetFullPath(Path.Combine(configured.BaseDirectory, value));
        return true;
    }

    /// <summary>The configured severity of rule <paramref name="id"/>, or <see cref="ReportDiagnostic.Default"/>.</summary>
    public ReportDiagnostic GetSeverity(string id) => Severities.TryGetValue(id, out var report) ? report : ReportDiagnostic.Default;
}

/// <summary>An option's value and the folder of the file that set it (relative paths are read from there).</summary>
public readonly record struct ConfiguredValue(string Value, string? BaseDirectory);

/// <summary>A problem in a configuration file, with where it is.</summary>
/// <param name="FilePath">The configuration file.</param>
/// <param name="Line">The 1-based line, or 0 for the whole file.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ConfigurationProblem(string FilePath, int Line, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => Line > 0 ? $"{FilePath}({Line}): {Message}" : $"{FilePath}: {Message}";
}
