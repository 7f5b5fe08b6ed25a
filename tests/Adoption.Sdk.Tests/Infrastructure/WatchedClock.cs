using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace Adoption.Sdk.Tests.Infrastructure;

/// <summary>
/// A fake clock that also knows which of its timers are set: neither fired nor cancelled. The SDK waits on this
/// clock for everything it does later (batch intervals, retry delays, decision budgets), so a test that sees the
/// SDK waiting on a timer knows it has stopped for now; it asserts that something did NOT happen at that point,
/// never after letting real time pass.
/// </summary>
public sealed class WatchedClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly ConcurrentDictionary<SetTimer, byte> _set = new();

    /// <summary>How many timers are set that were set for <paramref name="dueTime"/>.</summary>
    public int TimersSetFor(TimeSpan dueTime) => _set.Keys.Count(t => t.DueTime == dueTime);

    /// <summary>Waits until <paramref name="count"/> timers set for <paramref name="dueTime"/> are waiting.</summary>
    public Task WaitingAsync(TimeSpan dueTime, int count = 1) =>
        Eventually.TrueAsync(() => TimersSetFor(dueTime) >= count, $"{count} timer(s) set for {dueTime}");

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new SetTimer(this, dueTime, period);
        _set[timer] = 0;
        timer.Inner = base.CreateTimer(s =>
        {
            timer.Fired();
            callback(s);
        }, state, dueTime, period);
        return timer;
    }

    private sealed class SetTimer(WatchedClock clock, TimeSpan dueTime, TimeSpan period) : ITimer
    {
        private TimeSpan _period = period;

        public ITimer Inner { get; set; } = null!;

        public TimeSpan DueTime { get; private set; } = dueTime;

        // A one-shot timer that fired waits no more; a periodic one is still set.
        public void Fired()
        {
            if (_period == Timeout.InfiniteTimeSpan || _period == TimeSpan.Zero)
            {
                clock._set.TryRemove(this, out _);
            }
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            (DueTime, _period) = (dueTime, period);
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                clock._set.TryRemove(this, out _);
            }
            else
            {
                clock._set[this] = 0;
            }

            return Inner.Change(dueTime, period);
        }

        public void Dispose()
        {
            clock._set.TryRemove(this, out _);
            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            clock._set.TryRemove(this, out _);
            return Inner.DisposeAsync();
        }
    }
}
