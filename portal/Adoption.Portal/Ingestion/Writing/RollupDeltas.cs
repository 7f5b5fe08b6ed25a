using System.Diagnostics;

namespace Adoption.Portal.Ingestion.Writing;

/// <summary>
/// Rollup counts not yet written: events per person/feature/day and per person/day. Adding up in
/// memory first turns many events of one person into one upsert.
/// </summary>
internal sealed class RollupDeltas
{
    public Dictionary<(int Account, int Feature, DateOnly Day, string User), int> UserFeatureDays { get; } = [];
    public Dictionary<(int Account, DateOnly Day, string User), int> UserDays { get; } = [];

    /// <summary>When the oldest count still waiting was added (a Stopwatch timestamp), or 0.</summary>
    public long Since { get; private set; }

    public int Count => UserFeatureDays.Count + UserDays.Count;

    public bool IsEmpty => Count == 0;

    public void Add(int account, string user, int? feature, DateOnly day, int events = 1)
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
    }

    public void Clear()
    {
        UserFeatureDays.Clear();
        UserDays.Clear();
        Since = 0;
    }

    private static void Increment<TKey>(Dictionary<TKey, int> counts, TKey key, int n) where TKey : notnull
    {
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _) += n;
    }
}
