using System.Collections.Concurrent;

namespace Adoption.Portal.Engagements;

/// <summary>
/// A user's facts (account, role, key-feature use, milestones) kept for <see cref="Lifetime"/>, so a
/// decision reads only what must be current: the person's state and their recent attention. Facts
/// change with ingestion and CS edits, where half a minute does not matter; a dismissal or a prompt
/// just shown does, and those are read on every decision.
/// </summary>
public sealed class UserFactsCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private const int MaxEntries = 100_000;
    private readonly ConcurrentDictionary<(string UserId, string? GroupId), (UserFacts? Facts, DateTimeOffset ReadAt)> entries = new();

    public async ValueTask<UserFacts?> GetAsync(string userId, string? groupId, Func<Task<UserFacts?>> load)
    {
        var now = clock.GetUtcNow();
        if (entries.TryGetValue((userId, groupId), out var entry) && now - entry.ReadAt < Lifetime)
        {
            return entry.Facts;
        }

        var facts = await load();
        if (entries.Count >= MaxEntries)
        {
            // Many distinct users in half a minute: start over rather than grow without bound.
            entries.Clear();
        }

        entries[(userId, groupId)] = (facts, now);
        return facts;
    }

    public void Clear() => entries.Clear();
}
