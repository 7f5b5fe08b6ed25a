using System.Collections.Concurrent;

namespace Adoption.Sdk.AspNetCore.Internal;

/// <summary>
/// Remembers which nudges this process already reported as seen today, so a page view served from the cache does
/// not queue the same outcome again (the portal would ignore the repeat anyway: it counts a view once a day).
/// </summary>
internal sealed class SeenLog(TimeProvider time)
{
    private const int Capacity = 50_000;

    /// <summary>The process's log: one per process is what "already reported today" means.</summary>
    public static SeenLog Shared { get; } = new(TimeProvider.System);

    private readonly ConcurrentDictionary<string, DateOnly> _seen = new(StringComparer.Ordinal);

    /// <summary>
    /// True the first time a user's nudge is reported on a given (UTC) day. Keyed by the engagement's id, not its
    /// token: each decision may carry a fresh token for the same nudge.
    /// </summary>
    public bool FirstToday(string userId, string engagementId)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var key = string.Concat(userId, "\u001f", engagementId);
        if (_seen.TryGetValue(key, out var day) && day == today)
        {
            return false;
        }

        if (_seen.Count >= Capacity)
        {
            _seen.Clear();
        }

        _seen[key] = today;
        return true;
    }
}
