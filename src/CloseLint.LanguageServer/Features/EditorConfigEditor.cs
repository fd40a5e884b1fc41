using System.Collections.Immutable;
using CloseLint.Configuration;
using CloseLint.LanguageServer.Configuration;
using CloseLint.LanguageServer.Documents;
using CloseLint.LanguageServer.Protocol;
using CloseLint.Text;

namespace CloseLint.LanguageServer.Features;

/// <summary>
/// Builds the edit of "Disable CL000N in .editorconfig": a section such as
/// <c>[*.{md,txt}]</c> / <c>closelint_diagnostic.CL000N.severity = none</c> appended to the nearest
/// <c>.editorconfig</c> (a later section wins), or a new file in the workspace root (or the document's folder) when
/// the client can create files.
/// </summary>
internal sealed class EditorConfigEditor(ServerSettings settings, Func<ProtocolConversions> conversions)
{
    private const string FileName = ".editorconfig";

    public WorkspaceEdit? DisableRule(DocumentSnapshot snapshot, string id, WorkspaceEditSupport support)
    {
        var folder = snapshot.FilePath is { } path ? Path.GetDirectoryName(path) : settings.WorkspaceRoot;
        if (folder is null) return null;

        var section = $"[{Glob(snapshot.FilePath)}]\n{AnalyzerConfigSet.SeverityKeyPrefix}{id}.severity = none\n";
        if (FindNearest(folder) is { } existing)
        {
            SourceText text;
            try
            {
                text = SourceText.From(File.ReadAllBytes(existing));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or TextDecodingException)
            {
                return null;
            }

            var content = text.ToString();
            var lineBreak = content.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
            var prefix = content.Length == 0 ? string.Empty : content.EndsWith('\n') || content.EndsWith('\r') ? lineBreak : lineBreak + lineBreak;
            var insert = prefix + section.Replace("\n", lineBreak, StringComparison.Ordinal);
            var edit = conversions().GetTextEdit(text, TextChange.Insert(text.Length, insert));
            var uri = DocumentUris.FromFilePath(existing);
            return support.DocumentChanges
                ? new WorkspaceEdit { DocumentChanges = [new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri, null), [edit])] }
                : new WorkspaceEdit { Changes = ImmutableDictionary<string, ImmutableArray<TextEdit>>.Empty.Add(uri, [edit]) };
        }

        if (!support.DocumentChanges || !support.CreateFiles) return null;
        var target = settings.WorkspaceRoot is { } root && IsUnder(folder, root) ? root : folder;
        var newUri = DocumentUris.FromFilePath(Path.Combine(target, FileName));
        var start = new LspPosition(0, 0);
        return new WorkspaceEdit
        {
            DocumentChanges =
            [
                new CreateFile(newUri, new CreateFileOptions(Overwrite: null, IgnoreIfExists: true)),
                new TextDocumentEdit(new VersionedTextDocumentIdentifier(newUri, null), [new TextEdit(new LspRange(start, start), section)]),
            ],
        };
    }

    /// <summary><c>*.{md,txt}</c>, or the document's own extension when it is neither.</summary>
    private static string Glob(string? path)
    {
        var extension = Path.GetExtension(path ?? string.Empty).TrimStart('.');
        return extension.Length == 0 || extension.Equals("md", StringComparison.OrdinalIgnoreCase) || extension.Equals("txt", StringComparison.OrdinalIgnoreCase)
            ? "*.{md,txt}"
            : "*." + extension;
    }

    private static string? FindNearest(string folder)
    {
        for (var directory = folder; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            var candidate = Path.Combine(directory, FileName);
            if (File.Exists(candidate)) return candidate;
        }

        return null;
    }

    private static bool IsUnder(string folder, string root)
    {
        var relative = Path.GetRelativePath(root, folder);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }
}
