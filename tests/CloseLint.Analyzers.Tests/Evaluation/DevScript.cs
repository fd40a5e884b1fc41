namespace CloseLint.Analyzers.Tests.Evaluation;

/// <summary>One script of the development set: its name, bytes and expected fields.</summary>
internal sealed record DevScript(string Name, byte[] Bytes, DevExpectation Expected);
