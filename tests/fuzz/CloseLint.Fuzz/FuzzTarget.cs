namespace CloseLint.Fuzz;

/// <summary>
/// One fuzzing target: a function over arbitrary bytes that must return normally. Expected rejections (such as a
/// <see cref="Text.TextDecodingException"/> for bytes that are not text) are caught inside; anything that escapes,
/// including a broken invariant (<see cref="InvariantException"/>), is a finding.
/// </summary>
/// <param name="Name">The name used on the command line and as the corpus folder.</param>
/// <param name="Description">What the target exercises.</param>
/// <param name="Run">The function under test.</param>
public sealed record FuzzTarget(string Name, string Description, Action<byte[]> Run);
