using System.Diagnostics;

namespace Adoption.Portal.Ingestion.Writing;

/// <summary>
/// Rollup counts not yet written: events per person/feature/day, per person/day and per person/track
/// event name. Adding up in memory first turns many events of one person into one upsert.
/// </summary>
internal sealed class RollupDeltas
{
    public Dictionary<(int Account, int Feature, DateOnly Day, string User), int> UserFeatureDays { get; } = [];
    public Dictionary<(int Account, DateOnly Day, string User), int> UserDays { get; } = [];
    public Dictionary<(int Account, string User, string Event), EventSpan> UserEvents { get; } = [];

    /// <summary>When the oldest count still waiting was added (a Stopwatch timestamp), or 0.</summary>
    public long Since { get; private set; }

    public int Count => UserFeatureDays.Count + UserDays.Count + UserEvents.Count;

    public bool IsEmpty => Count == 0;

    /// <param name="trackedEvent">The event name of a track call; null for page and screen calls.</param>
    public void Add(int account, string user, int? feature, DateOnly day, string? trackedEvent, int events = 1)
    {
        if (Since == 0)
        {
            Since = Stopwatch.GetTimestamp();
        }

        Increment(UserDays, (account, day, user), events);
        if (feature is { } f)
        {
            Increment(UserFeatureDays, (account, f, day, user), events);
        }

        if (trackedEvent is not null)
        {
            Widen((account, user, trackedEvent), new EventSpan(events, day, day));
        }
    }

    public void AddFrom(RollupDeltas other)
    {
        if (other.IsEmpty)
        {
            return;
        }

        if (Since == 0 || (other.Since != 0 && other.Since < Since))
        {
            Since = other.Since;
        }

        foreach (var (key, n) in other.UserDays)
        {
            Increment(UserDays, key, n);
        }

        foreach (var (key, n) in other.UserFeatureDays)
        {
            Increment(UserFeatureDays, key, n);
        }

        foreach (var (key, span) in other.UserEvents)
        {
            Widen(key, span);
        }
    }

    public void Clear()
    {
        UserFeatureDays.Clear();
        UserDays.Clear();
        UserEvents.Clear();
        Since = 0;
    }

    private static void Increment<TKey>(Dictionary<TKey, int> counts, TKey key, int n) where TKey : notnull
    {
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _) += n;
    }

    private void Widen((int Account, string User, string Event) key, EventSpan span)
    {
        ref var held = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(UserEvents, key, out var exists);
        held = exists ? new EventSpan(held.Events + span.Events, Min(held.FirstDay, span.FirstDay), Max(held.LastDay, span.LastDay)) : span;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}

/// <summary>How many track calls of one name, and the first and last day among them.</summary>
internal readonly record struct EventSpan(int Events, DateOnly FirstDay, DateOnly LastDay);
