using System.Collections.Immutable;
using CloseLint.LanguageServer.Diagnostics;
using CloseLint.LanguageServer.Protocol;

namespace CloseLint.LanguageServer.Features;

/// <summary>One lens on the first line with the whole script's figures; it is a label, not a command.</summary>
internal static class CodeLensProvider
{
    public static ImmutableArray<CodeLens> GetLenses(DocumentAnalysis analysis)
    {
        var title = ScriptFigures.From(analysis).ToLensTitle();
        var start = new LspPosition(0, 0);
        return [new CodeLens(new LspRange(start, start), new LspCommand(title, string.Empty))];
    }
}
