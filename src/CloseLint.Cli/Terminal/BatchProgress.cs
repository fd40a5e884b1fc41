using Spectre.Console;

namespace CloseLint.Cli.Terminal;

/// <summary>
/// A progress bar on standard error while a long batch is checked. Spectre.Console is only touched here, and only
/// when a bar is drawn, so redirected runs never load it.
/// </summary>
internal static class BatchProgress
{
    /// <summary>Batches smaller than this finish too fast for a bar to help.</summary>
    public const int MinimumScripts = 20;

    /// <summary>Runs <paramref name="work"/>, drawing a bar once it reports how many scripts there are.</summary>
    public static async Task<T> RunAsync<T>(Func<Action<int>, Action, Task<T>> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var total = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var done = 0;
        var running = work(count => total.TrySetResult(count), () => Interlocked.Increment(ref done));
        var first = await Task.WhenAny(total.Task, running).ConfigureAwait(false);
        if (first == running || total.Task.Result < MinimumScripts) return await running.ConfigureAwait(false);

        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Checking scripts", maxValue: total.Task.Result);
                while (!running.IsCompleted)
                {
                    task.Value = Volatile.Read(ref done);
                    await Task.WhenAny(running, Task.Delay(100)).ConfigureAwait(false);
                }

                task.Value = task.MaxValue;
                return await running.ConfigureAwait(false);
            }).ConfigureAwait(false);
    }
}
