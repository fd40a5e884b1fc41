namespace CloseLint.LanguageServer.Protocol;

/// <summary>The parameters of <c>$/setTrace</c>: <c>off</c>, <c>messages</c> or <c>verbose</c>.</summary>
internal sealed record SetTraceParams(string? Value);
