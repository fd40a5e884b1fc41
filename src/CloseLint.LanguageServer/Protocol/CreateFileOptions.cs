namespace CloseLint.LanguageServer.Protocol;

/// <summary>What to do when the file exists.</summary>
internal sealed record CreateFileOptions(bool? Overwrite, bool? IgnoreIfExists);
