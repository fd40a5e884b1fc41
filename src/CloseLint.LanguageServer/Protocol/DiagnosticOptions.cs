namespace CloseLint.LanguageServer.Protocol;

/// <summary>Pull diagnostics options.</summary>
internal sealed record DiagnosticOptions(string Identifier, bool InterFileDependencies, bool WorkspaceDiagnostics);
