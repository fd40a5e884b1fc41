using CloseLint.Syntax;
using CloseLint.Text;

namespace CloseLint.LanguageServer.Documents;

/// <summary>One version of an open document, as the client last described it.</summary>
/// <param name="Uri">The URI exactly as the client sent it.</param>
/// <param name="FilePath">The local path, or null for an untitled document.</param>
/// <param name="Format">How the text is read.</param>
/// <param name="Version">The client's version number.</param>
/// <param name="Text">The text.</param>
internal sealed record DocumentSnapshot(string Uri, string? FilePath, ScriptFormat Format, int Version, SourceText Text);
