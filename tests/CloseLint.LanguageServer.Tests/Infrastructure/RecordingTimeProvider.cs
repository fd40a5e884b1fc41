using System.Collections.Concurrent;

namespace CloseLint.LanguageServer.Tests.Infrastructure;

/// <summary>
/// The system clock, except that every timer fires at once; it records the delays asked for, so a test can check a
/// debounce without waiting for it.
/// </summary>
public sealed class RecordingTimeProvider : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _delays = new();

    /// <summary>The due times of the timers created so far.</summary>
    public IReadOnlyCollection<TimeSpan> Delays => _delays;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _delays.Enqueue(dueTime);
        return System.CreateTimer(callback, state, dueTime == Timeout.InfiniteTimeSpan ? dueTime : TimeSpan.Zero, period);
    }
}
