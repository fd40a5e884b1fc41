namespace CloseLint.Syntax;

/// <summary>A heading (when <see cref="Heading"/> is set) or a run of prose lines, as source offsets.</summary>
internal readonly record struct ProseBlock(int Start, int End, string? Heading = null);
