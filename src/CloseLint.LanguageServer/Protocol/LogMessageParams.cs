namespace CloseLint.LanguageServer.Protocol;

/// <summary>The parameters of <c>window/logMessage</c>: 1 error, 2 warning, 3 info, 4 log.</summary>
internal sealed record LogMessageParams(int Type, string Message);
