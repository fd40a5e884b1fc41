using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CloseLint.Analysis;

namespace CloseLint.LanguageServer.Tests.TestRules;

/// <summary>A test rule: reports every "honestly", so server tests do not depend on the built-in rules' wording.</summary>
public sealed partial class HonestlyAnalyzer : DiagnosticAnalyzer
{
    public const string DiagnosticId = "TL0001";

    public static readonly DiagnosticDescriptor Rule = new(DiagnosticId, title: "No 'honestly'", messageFormat: "'{0}' weakens the sentence",
        category: DiagnosticCategories.Wording, defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        helpLinkUri: HelpLinks.ForRule(DiagnosticId), description: "Saying 'honestly' suggests the rest was not.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(context1 =>
    {
        foreach (Match match in Word().Matches(context1.Sentence.Text))
            context1.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(context1.Document,
                new Text.TextSpan(context1.Sentence.Span.Start + match.Index, match.Length)), match.Value));
    });

    [GeneratedRegex(@"\bhonestly\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
