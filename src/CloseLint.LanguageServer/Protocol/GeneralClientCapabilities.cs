using System.Collections.Immutable;

namespace CloseLint.LanguageServer.Protocol;

/// <summary>General capabilities: the position encodings the client offers, most preferred first.</summary>
internal sealed record GeneralClientCapabilities(ImmutableArray<string>? PositionEncodings);
