using System.Collections.Immutable;
using System.Text;
using CloseLint.Analysis;
using CloseLint.Text;

namespace CloseLint.Reliability.Tests.Lsp;

/// <summary>
/// Reports the whole document text (Base64, so no transport can alter it) as one diagnostic, so a test can read back
/// exactly the text the server holds through ordinary pull diagnostics.
/// </summary>
internal sealed class EchoTextAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "ECHO";

    private static readonly DiagnosticDescriptor Rule = new(Id, title: "Echo", messageFormat: "{0}",
        category: DiagnosticCategories.Internal, defaultSeverity: DiagnosticSeverity.Info, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(c =>
        c.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(c.Document, new TextSpan(0, 0)),
            Convert.ToBase64String(Encoding.UTF8.GetBytes(c.Document.Text.ToString())))));

    public static string Decode(string message) => Encoding.UTF8.GetString(Convert.FromBase64String(message));
}
