using System.Text;
using CloseLint.Cli.Commands;

namespace CloseLint.Cli.Terminal;

/// <summary>Connects <see cref="CheckRunner"/> to the process's streams, with standard output buffered (reports can be long).</summary>
internal static class CliConsole
{
    /// <summary>Runs <paramref name="run"/> against the real console and flushes what it wrote.</summary>
    public static async Task<int> Run(Func<CheckRunner, Task<int>> run)
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024) { AutoFlush = false };
        try
        {
            var runner = new CheckRunner(stdout, Console.Error, Console.OpenStandardInput, Environment.CurrentDirectory, ConsoleSupport.StdoutSupportsColor);
            return await run(runner).ConfigureAwait(false);
        }
        finally
        {
            await stdout.FlushAsync().ConfigureAwait(false);
        }
    }
}
