namespace CloseLint.Reliability.Tests.Hostile;

/// <summary>Runs work on the thread pool and fails the test if it does not finish in time (a hang is a failure).</summary>
internal static class WithTimeout
{
    public static T Run<T>(Func<T> work, int seconds = 30)
    {
        var task = Task.Run(work);
        if (!task.Wait(TimeSpan.FromSeconds(seconds)))
            throw new TimeoutException($"did not finish within {seconds} s");
        return task.Result;
    }
}
