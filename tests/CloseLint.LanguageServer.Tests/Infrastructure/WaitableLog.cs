namespace CloseLint.LanguageServer.Tests.Infrastructure;

/// <summary>A server log that tests can await a line of, instead of polling or sleeping.</summary>
public sealed class WaitableLog : StringWriter
{
    private readonly Lock _gate = new();
    private readonly List<(string Text, TaskCompletionSource Seen)> _waiters = [];

    public override void WriteLine(string? value)
    {
        lock (_gate)
        {
            base.WriteLine(value);
            foreach (var waiter in _waiters.Where(w => value?.Contains(w.Text, StringComparison.Ordinal) == true).ToList())
            {
                waiter.Seen.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    /// <summary>Completes when a line containing <paramref name="text"/> has been logged (or was already).</summary>
    public Task LineContainingAsync(string text)
    {
        lock (_gate)
        {
            if (ToString().Contains(text, StringComparison.Ordinal)) return Task.CompletedTask;
            var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((text, seen));
            return seen.Task.WaitAsync(TestLspClient.Timeout);
        }
    }

    public override string ToString()
    {
        lock (_gate) return base.ToString();
    }
}
