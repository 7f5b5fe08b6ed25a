namespace Adoption.Portal.Email;

/// <summary>When a failed message is tried again: doubling delays, capped, never giving up, so an
/// SMTP outage of any length loses nothing; with jitter, so thousands of messages that failed together
/// do not all come back in the same second.</summary>
public static class Backoff
{
    public static TimeSpan After(int attempts, TimeSpan first, TimeSpan max)
    {
        if (attempts <= 1)
        {
            return first;
        }

        // 2^20 minutes is far past any sensible cap; stop doubling before the arithmetic overflows.
        var factor = Math.Pow(2, Math.Min(attempts - 1, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(first.Ticks * factor, max.Ticks));
        return delay < max ? delay : max;
    }

    /// <summary>"Equal jitter": somewhere between half of <paramref name="delay"/> and all of it, never later.</summary>
    public static TimeSpan Jittered(TimeSpan delay, double random) =>
        TimeSpan.FromTicks(delay.Ticks / 2 + (long)(delay.Ticks / 2 * Math.Clamp(random, 0, 1)));
}
