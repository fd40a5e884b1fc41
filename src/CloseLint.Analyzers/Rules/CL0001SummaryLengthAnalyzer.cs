using System.Collections.Immutable;
using System.Globalization;
using CloseLint.Analysis;
using CloseLint.Speaking;
using Humanizer;

namespace CloseLint.Rules;

/// <summary>
/// CL0001: the qualifications summary should take about half a minute to say. Longer, and the interviewer stops
/// listening before the questions that matter; much shorter, and it is too thin to land. Reported on the summary
/// with the spoken estimate from <see cref="SpeakingTimeEstimator"/>: a warning over
/// <c>closelint_summary_max_seconds</c> (default 30), information under <c>closelint_summary_min_seconds</c> (default 10).
/// </summary>
public sealed class CL0001SummaryLengthAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "CL0001";

    /// <summary>The option for the longest summary, in seconds.</summary>
    public const string MaxSecondsOptionKey = "closelint_summary_max_seconds";

    /// <summary>The option for the shortest summary, in seconds (0 turns the check off).</summary>
    public const string MinSecondsOptionKey = "closelint_summary_min_seconds";

    /// <summary>The default longest summary.</summary>
    public const double DefaultMaxSeconds = 30;

    /// <summary>The default shortest summary.</summary>
    public const double DefaultMinSeconds = 10;

    /// <summary>The property holding the estimate in seconds, invariant culture.</summary>
    public const string SecondsProperty = "seconds";

    internal static readonly DiagnosticDescriptor Rule = new(DiagnosticId,
        title: "Summary of about 30 seconds",
        messageFormat: "The summary takes about {0} to say, {1}",
        category: DiagnosticCategories.Length, defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true, helpLinkUri: HelpLinks.ForRule(DiagnosticId));

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var outline = ScriptOutline.Create(context);
        if (outline.SummarySpan is not { } span) return;
        var seconds = outline.SummarySeconds(SpeakingTimeEstimator.FromOptions(context.Options));
        var max = context.Options.GetNumber(MaxSecondsOptionKey, DefaultMaxSeconds, min: 1, max: 3600);
        var min = context.Options.GetNumber(MinSecondsOptionKey, DefaultMinSeconds, min: 0, max: 3600);
        var rounded = Math.Round(seconds);
        var properties = ImmutableDictionary<string, string?>.Empty.Add(SecondsProperty, seconds.ToString("0.#", CultureInfo.InvariantCulture));
        var location = Location.Create(context.Document, span);
        if (seconds > max)
        {
            // Under half a second over rounds to the limit itself: say so rather than "about 30 seconds, 1 second over".
            var over = Math.Round(seconds - max);
            var overrun = over < 1 ? $"just over the {max.ToString("0.#", CultureInfo.InvariantCulture)}-second limit" : $"{Duration(over)} over";
            context.ReportDiagnostic(Diagnostic.Create(Rule, location, properties, Duration(rounded), overrun));
        }
        else if (seconds < min)
        {
            var diagnostic = Diagnostic.Create(Rule, location, properties, Duration(Math.Max(1, rounded)), $"too thin to land (aim for at least {Duration(min)})");
            context.ReportDiagnostic(diagnostic.WithSeverity(DiagnosticSeverity.Info));
        }
    }

    private static string Duration(double seconds) =>
        TimeSpan.FromSeconds(Math.Round(seconds)).Humanize(precision: 2, culture: CultureInfo.InvariantCulture, minUnit: TimeUnit.Second);
}
