using System.Collections.Immutable;
using CloseLint.Analysis;
using CloseLint.CodeFixes;
using CloseLint.LanguageServer.Diagnostics;
using CloseLint.LanguageServer.Protocol;
using CloseLint.Text;

namespace CloseLint.LanguageServer.Features;

/// <summary>
/// Quick fixes for the diagnostics in a range: each rule's own fixes, then "Suppress CL000N on this line" and
/// "Disable CL000N in .editorconfig". Fixes come from the server's own analysis of the current version, not
/// from the diagnostics the client echoes back.
/// </summary>
internal sealed class CodeActionProvider(CodeFixService fixes, EditorConfigEditor editorConfig)
{
    public async Task<ImmutableArray<LspCodeAction>> GetActionsAsync(DocumentAnalysis analysis, CodeActionParams parameters,
        ProtocolConversions conversions, WorkspaceEditSupport support, CancellationToken cancellationToken)
    {
        if (!WantsQuickFixes(parameters.Context?.Only)) return [];
        var snapshot = analysis.Snapshot;
        var text = snapshot.Text;
        var range = conversions.GetSpan(text, parameters.Range);
        var inRange = analysis.Result.Diagnostics
            .Where(d => d.Severity != DiagnosticSeverity.Hidden && d.Location.SourceSpan.IntersectsWith(range))
            .ToList();
        if (inRange.Count == 0) return [];

        var actions = ImmutableArray.CreateBuilder<LspCodeAction>();
        foreach (var diagnostic in inRange)
        {
            var converted = conversions.GetDiagnostic(diagnostic)!;
            var offered = await fixes.GetFixesAsync(analysis.Result, diagnostic, analysis.Options, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < offered.Length; i++)
            {
                actions.Add(new LspCodeAction
                {
                    Title = offered[i].Title,
                    Kind = LspNames.QuickFix,
                    Diagnostics = [converted],
                    IsPreferred = i == 0 ? true : null,
                    Edit = DocumentEdit(snapshot.Uri, conversions.GetTextEdits(text, offered[i].Changes)),
                });
            }
        }

        foreach (var group in inRange.GroupBy(d => (d.Id, Line: text.GetLineNumber(d.Location.SourceSpan.Start))))
        {
            var change = SuppressionComment(text, group.Key.Line, group.Key.Id);
            actions.Add(new LspCodeAction
            {
                Title = $"Suppress {group.Key.Id} on this line",
                Kind = LspNames.QuickFix,
                Diagnostics = [.. group.Select(d => conversions.GetDiagnostic(d)!)],
                Edit = DocumentEdit(snapshot.Uri, [conversions.GetTextEdit(text, change)]),
            });
        }

        foreach (var group in inRange.GroupBy(d => d.Id))
        {
            if (editorConfig.DisableRule(snapshot, group.Key, support) is not { } edit) continue;
            actions.Add(new LspCodeAction
            {
                Title = $"Disable {group.Key} in .editorconfig",
                Kind = LspNames.QuickFix,
                Diagnostics = [.. group.Select(d => conversions.GetDiagnostic(d)!)],
                Edit = edit,
            });
        }

        return actions.DrainToImmutable();
    }

    /// <summary>
    /// Inserts <c>&lt;!-- closelint-disable-next-line ID --&gt;</c> on its own line before <paramref name="line"/>,
    /// with that line's indentation and line break.
    /// </summary>
    internal static TextChange SuppressionComment(SourceText text, int line, string id)
    {
        var target = text.GetLine(line);
        var content = text.AsSpan(target.Span);
        var indentation = content[..(content.Length - content.TrimStart(" \t").Length)].ToString();
        var lineBreak = target.EndIncludingLineBreak > target.End
            ? text.ToString(TextSpan.FromBounds(target.End, target.EndIncludingLineBreak))
            : FirstLineBreak(text);
        return TextChange.Insert(target.Start, $"{indentation}<!-- closelint-disable-next-line {id} -->{lineBreak}");
    }

    private static string FirstLineBreak(SourceText text)
    {
        if (text.LineCount < 2) return "\n";
        var first = text.GetLine(0);
        return text.ToString(TextSpan.FromBounds(first.End, first.EndIncludingLineBreak));
    }

    private static WorkspaceEdit DocumentEdit(string uri, ImmutableArray<TextEdit> edits) =>
        new() { Changes = ImmutableDictionary<string, ImmutableArray<TextEdit>>.Empty.Add(uri, edits) };

    private static bool WantsQuickFixes(ImmutableArray<string>? only) =>
        only is not { IsDefaultOrEmpty: false } kinds
        || kinds.Any(kind => kind.Length == 0 || LspNames.QuickFix.Equals(kind, StringComparison.Ordinal)
            || LspNames.QuickFix.StartsWith(kind + ".", StringComparison.Ordinal));
}
