using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CloseLint.Analysis;
using CloseLint.CodeFixes;
using CloseLint.Intent;
using CloseLint.Syntax;
using CloseLint.Text;

namespace CloseLint.Testing;

/// <summary>
/// One analyzer test: marked-up text in, the analyzer's diagnostics compared by id, span and (when given) message;
/// optionally a code fix applied until nothing more is fixable, compared with the expected text.
/// </summary>
public sealed class AnalyzerTest<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>The marked-up script.</summary>
    public required string Markup { get; init; }

    /// <summary>Expected diagnostics beyond (or explaining) the marked spans.</summary>
    public ImmutableArray<DiagnosticResult> Expected { get; init; } = [];

    /// <summary>How the script is read.</summary>
    public ScriptFormat Format { get; init; } = ScriptFormat.PlainText;

    /// <summary>The document's path (decides nothing else; no file is read).</summary>
    public string FilePath { get; init; } = "/test/closing.txt";

    /// <summary>Configuration for the run.</summary>
    public AnalyzerOptions Options { get; init; } = AnalyzerOptions.Empty;

    /// <summary>The intent detector; the lexical one by default, so tests do not depend on the model.</summary>
    public ISentenceIntentDetector Detector { get; init; } = LexicalIntentDetector.Instance;

    /// <summary>The code fix to apply, if any.</summary>
    public CodeFixProvider? CodeFix { get; init; }

    /// <summary>The expected text after fixing, if a fix is tested.</summary>
    public string? FixedText { get; init; }

    /// <summary>Which of the offered fixes to apply.</summary>
    public int CodeActionIndex { get; init; }

    /// <summary>Runs the test; throws with both lists on a mismatch.</summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var analyzer = new TAnalyzer();
        var marked = TestFileMarkupParser.Parse(Markup);
        var expected = ResolveExpected(analyzer, marked);
        var driver = new AnalyzerDriver([analyzer], Detector);
        var document = ScriptDocument.Parse(SourceText.From(marked.Text), FilePath, Format);
        var result = await driver.AnalyzeAsync(document, Options, cancellationToken);
        CompareDiagnostics(marked.Text, expected, result.Diagnostics);

        if (FixedText is null) return;
        if (CodeFix is null) throw new InvalidOperationException("FixedText is set but CodeFix is not.");
        var actual = await ApplyFixesAsync(driver, document, cancellationToken);
        if (actual != FixedText)
            throw new VerifierException($"The fixed text differs.{Environment.NewLine}Expected:{Environment.NewLine}{Show(FixedText)}{Environment.NewLine}Actual:{Environment.NewLine}{Show(actual)}");
    }

    private async Task<string> ApplyFixesAsync(AnalyzerDriver driver, ScriptDocument document, CancellationToken cancellationToken)
    {
        var service = new CodeFixService([CodeFix!]);
        for (var iteration = 0; iteration < 10; iteration++)
        {
            var result = await driver.AnalyzeAsync(document, Options, cancellationToken);
            CodeAction? chosen = null;
            foreach (var diagnostic in result.Diagnostics)
            {
                var fixes = await service.GetFixesAsync(result, diagnostic, Options, cancellationToken);
                if (fixes.Length > CodeActionIndex)
                {
                    chosen = fixes[CodeActionIndex];
                    break;
                }
            }

            if (chosen is null) break;
            var fixedText = chosen.ApplyTo(document.Text);
            if (fixedText.ToString() == document.Text.ToString()) break;
            document = document.WithText(fixedText);
        }

        return document.Text.ToString();
    }

    private ImmutableArray<DiagnosticResult> ResolveExpected(TAnalyzer analyzer, MarkedText marked)
    {
        var results = ImmutableArray.CreateBuilder<DiagnosticResult>();
        var explicitLocations = Expected.Where(e => e.LocationIndex is not null).Select(e => e.LocationIndex!.Value).ToHashSet();
        foreach (var span in marked.Spans)
        {
            if (span.LocationIndex is { } index)
            {
                if (!explicitLocations.Contains(index))
                    throw new VerifierException($"Markup location #{index} is not used by any expected diagnostic.");
                continue;
            }

            results.Add(new DiagnosticResult(span.Name ?? OnlyDescriptorId(analyzer)) { Span = span.Span });
        }

        foreach (var expected in Expected)
        {
            if (expected.LocationIndex is { } index)
            {
                var location = marked.Spans.FirstOrDefault(s => s.LocationIndex == index)
                    ?? throw new VerifierException($"No markup location #{index}.");
                results.Add(expected with { Span = location.Span });
            }
            else
            {
                results.Add(expected);
            }
        }

        return [.. results.OrderBy(r => r.Span?.Start ?? 0).ThenBy(r => r.Span?.Length ?? 0).ThenBy(r => r.Id, StringComparer.Ordinal)];
    }

    private static string OnlyDescriptorId(TAnalyzer analyzer)
    {
        var ids = analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct().ToList();
        return ids.Count == 1 ? ids[0] : throw new VerifierException($"{typeof(TAnalyzer).Name} has {ids.Count} descriptors; name the id with {{|ID:…|}}.");
    }

    private static void CompareDiagnostics(string text, ImmutableArray<DiagnosticResult> expected, ImmutableArray<Diagnostic> actual)
    {
        var ok = expected.Length == actual.Length;
        for (var i = 0; ok && i < expected.Length; i++)
        {
            var e = expected[i];
            var a = actual[i];
            ok = e.Id == a.Id && (e.Span is null || e.Span == a.Location.SourceSpan)
                && (e.Message is null || e.Message == a.GetMessage())
                && (e.Arguments is null || e.Arguments.Value.SequenceEqual(a.Arguments.Select(x => Convert.ToString(x, CultureInfo.InvariantCulture) ?? string.Empty)));
        }

        if (ok) return;
        var message = new StringBuilder("The diagnostics differ.").AppendLine();
        message.AppendLine($"Expected ({expected.Length}):");
        foreach (var e in expected) message.AppendLine($"  {e}{(e.Span is { } s && s.End <= text.Length ? $" \"{text.Substring(s.Start, s.Length)}\"" : string.Empty)}");
        message.AppendLine($"Actual ({actual.Length}):");
        foreach (var a in actual)
        {
            var s = a.Location.SourceSpan;
            message.AppendLine($"  {a.Id} at {s} \"{text.Substring(s.Start, s.Length)}\" args [{string.Join(", ", a.Arguments)}] '{a.GetMessage()}'");
        }

        throw new VerifierException(message.ToString());
    }

    private static string Show(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n\n", StringComparison.Ordinal);
}

/// <summary>A verifier found a difference.</summary>
public sealed class VerifierException(string message) : Exception(message);
