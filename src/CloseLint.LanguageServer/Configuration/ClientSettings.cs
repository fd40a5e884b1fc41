using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using CloseLint.Analysis;
using CloseLint.Configuration;

namespace CloseLint.LanguageServer.Configuration;

/// <summary>
/// The editor's <c>closelint</c> settings section:
/// <c>{ speakingRateWpm, summaryMaxSeconds, severity: { "CL0002": "error" }, extraGimmickPhrases, extraHedgePhrases }</c>.
/// They become <see cref="AnalyzerOptions"/> under the same keys as <c>.editorconfig</c>, which wins where both set one.
/// </summary>
internal sealed record ClientSettings(
    double? SpeakingRateWpm,
    double? SummaryMaxSeconds,
    ImmutableDictionary<string, ReportDiagnostic> Severities,
    string? ExtraGimmickPhrases,
    string? ExtraHedgePhrases)
{
    public const string SpeakingRateKey = "closelint_speaking_rate_wpm";
    public const string SummaryMaxSecondsKey = "closelint_summary_max_seconds";
    public const string ExtraGimmickPhrasesKey = "closelint_extra_gimmick_phrases";
    public const string ExtraHedgePhrasesKey = "closelint_extra_hedge_phrases";

    /// <summary>No settings.</summary>
    public static ClientSettings Empty { get; } = new(null, null, ImmutableDictionary<string, ReportDiagnostic>.Empty, null, null);

    /// <summary>
    /// Reads a settings object leniently: a value of the wrong type is skipped and described in
    /// <paramref name="problems"/>, so one typo does not drop the rest.
    /// </summary>
    public static ClientSettings Parse(JsonElement? element, List<string> problems)
    {
        if (element is not { ValueKind: JsonValueKind.Object } settings) return Empty;
        var severities = ImmutableDictionary.CreateBuilder<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);
        if (settings.TryGetProperty("severity", out var severity))
        {
            if (severity.ValueKind != JsonValueKind.Object) problems.Add("'severity' should be an object such as { \"CL0002\": \"error\" }");
            else
            {
                foreach (var rule in severity.EnumerateObject())
                {
                    if (rule.Value.ValueKind == JsonValueKind.String && ReportDiagnosticNames.TryParse(rule.Value.GetString(), out var report))
                        severities[rule.Name.Trim().ToUpperInvariant()] = report;
                    else problems.Add($"'severity.{rule.Name}' should be one of none, silent, suggestion, warning, error");
                }
            }
        }

        return new ClientSettings(
            Number(settings, "speakingRateWpm", problems),
            Number(settings, "summaryMaxSeconds", problems),
            severities.ToImmutable(),
            Text(settings, "extraGimmickPhrases", problems),
            Text(settings, "extraHedgePhrases", problems));
    }

    /// <summary>Equal when every setting is, severities compared by content.</summary>
    public bool Equals(ClientSettings? other) =>
        other is not null && SpeakingRateWpm == other.SpeakingRateWpm && SummaryMaxSeconds == other.SummaryMaxSeconds
        && ExtraGimmickPhrases == other.ExtraGimmickPhrases && ExtraHedgePhrases == other.ExtraHedgePhrases
        && Severities.Count == other.Severities.Count
        && Severities.All(pair => other.Severities.TryGetValue(pair.Key, out var report) && report == pair.Value);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SpeakingRateWpm, SummaryMaxSeconds, ExtraGimmickPhrases, ExtraHedgePhrases, Severities.Count);

    /// <summary>The settings as analyzer options; relative phrase file paths are read from <paramref name="baseDirectory"/>.</summary>
    public AnalyzerOptions ToAnalyzerOptions(string? baseDirectory)
    {
        var options = AnalyzerOptions.Empty;
        if (SpeakingRateWpm is { } rate) options = options.WithValue(SpeakingRateKey, rate.ToString(CultureInfo.InvariantCulture));
        if (SummaryMaxSeconds is { } seconds) options = options.WithValue(SummaryMaxSecondsKey, seconds.ToString(CultureInfo.InvariantCulture));
        if (ExtraGimmickPhrases is { } gimmicks) options = options.WithValue(ExtraGimmickPhrasesKey, gimmicks, baseDirectory);
        if (ExtraHedgePhrases is { } hedges) options = options.WithValue(ExtraHedgePhrasesKey, hedges, baseDirectory);
        foreach (var (id, report) in Severities) options = options.WithSeverity(id, report);
        return options;
    }

    private static double? Number(JsonElement settings, string name, List<string> problems)
    {
        if (!settings.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number) && number > 0) return number;
        problems.Add($"'{name}' should be a positive number");
        return null;
    }

    private static string? Text(JsonElement settings, string name, List<string> problems)
    {
        if (!settings.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())) return value.GetString();
        problems.Add($"'{name}' should be the path of a phrase file");
        return null;
    }
}
