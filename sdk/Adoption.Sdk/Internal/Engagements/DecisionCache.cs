using System.Collections.Concurrent;

namespace Adoption.Sdk.Internal.Engagements;

/// <summary>
/// The last decision per user, locale and placements. Fresh for the decision's cache time (repeat page views cost
/// no call); after that kept for an hour more, to be shown while the portal is down or being asked again.
/// Entries hold completed tasks, so a hit allocates nothing.
/// </summary>
internal sealed class DecisionCache(int capacity, TimeProvider time)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);

    // Long enough for a queued outcome to reach the portal, after which the portal's own answer leaves it out.
    private static readonly TimeSpan HiddenFor = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string UserId, string EngagementId), long> _hidden = new();

    public sealed record Entry(string UserId, Task<IReadOnlyList<Engagement>> Result, long StoredAt, TimeSpan FreshFor);

    public bool IsFresh(Entry entry) => time.GetElapsedTime(entry.StoredAt) < entry.FreshFor;

    public Entry? Find(string key)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        if (time.GetElapsedTime(entry.StoredAt) < KeptFor)
        {
            return entry;
        }

        _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
        return null;
    }

    public void Store(string key, string userId, IReadOnlyList<Engagement> engagements, TimeSpan freshFor)
    {
        if (!_entries.ContainsKey(key) && _entries.Count >= capacity)
        {
            Evict();
        }

        if (!_hidden.IsEmpty)
        {
            engagements = [.. engagements.Where(e => !IsHidden(userId, e.Id))];
        }

        _entries[key] = new Entry(userId, Task.FromResult(engagements), time.GetTimestamp(), freshFor);
    }

    /// <summary>
    /// The user dismissed, snoozed or completed an engagement: every cached decision of theirs forgets it at once,
    /// so the next page view does not show it again while the outcome is still on its way to the portal (a
    /// decision that arrives meanwhile leaves it out too).
    /// </summary>
    public void Forget(string userId, string token)
    {
        foreach (var (key, entry) in _entries)
        {
            if (entry.UserId == userId && entry.Result.Result.FirstOrDefault(e => e.Token == token) is { } forgotten)
            {
                if (_hidden.Count >= capacity)
                {
                    _hidden.Clear();
                }

                _hidden[(userId, forgotten.Id)] = time.GetTimestamp();
                IReadOnlyList<Engagement> rest = [.. entry.Result.Result.Where(e => e.Token != token)];
                _entries.TryUpdate(key, entry with { Result = Task.FromResult(rest) }, entry);
            }
        }
    }

    private bool IsHidden(string userId, string engagementId) =>
        _hidden.TryGetValue((userId, engagementId), out var since) && time.GetElapsedTime(since) < HiddenFor;

    // Rare (only when full): drop what is no longer fresh, and if that frees nothing, start over.
    private void Evict()
    {
        foreach (var (key, entry) in _entries)
        {
            if (!IsFresh(entry))
            {
                _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            }
        }

        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }
    }
}
