using BenchmarkDotNet.Running;

namespace CloseLint.Benchmarks;

internal static class Program
{
    /// <summary>Runs the benchmarks named on the command line: <c>dotnet run -c Release --project tests/CloseLint.Benchmarks -- --filter '*'</c>.</summary>
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
