namespace Adoption.Portal.Email;

/// <summary>When a failed message is tried again: doubling delays, capped, never giving up, so an
/// SMTP outage of any length loses nothing.</summary>
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
}
