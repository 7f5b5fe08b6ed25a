using System.Diagnostics.CodeAnalysis;

namespace Adoption.Sdk.Internal;

/// <summary>One timer per partial batch, fired when its oldest message has waited the flush interval.</summary>
[SuppressMessage("Design", "CA1001", Justification = "Reset() disposes the source; the loop calls it when it ends.")]
internal sealed class BatchDeadline(TimeProvider time)
{
    private static readonly TimeSpan Shortest = TimeSpan.FromMilliseconds(1);
    private CancellationTokenSource? _cancel;
    private Task? _timer;

    public Task For(long firstQueuedAt, TimeSpan interval)
    {
        // A timer that fired a hair early is replaced, so the loop waits again instead of spinning.
        if (_timer is { IsCompleted: false })
        {
            return _timer;
        }

        Reset();
        var remaining = interval - QueueClock.Since(time, firstQueuedAt);
        _cancel = new CancellationTokenSource();
        _timer = Task.Delay(remaining > Shortest ? remaining : Shortest, time, _cancel.Token);
        return _timer;
    }

    public void Reset()
    {
        _cancel?.Cancel();
        _cancel?.Dispose();
        _cancel = null;
        _timer = null;
    }
}
