namespace CloseLint.Cli.Tests.Infrastructure;

/// <summary>What one run of the built <c>closelint</c> produced.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}
