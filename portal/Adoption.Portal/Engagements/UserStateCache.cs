using System.Collections.Concurrent;
using Adoption.Portal.Domain.Engagements;

namespace Adoption.Portal.Engagements;

/// <summary>
/// Each user's engagement states for the decide API, read once and kept until this portal writes that
/// user's state (an outcome or a first eligibility), so a stream of decisions for the same people costs
/// no state query. <see cref="Lifetime"/> bounds how long a write made by another portal instance on the
/// same database can go unseen. The preview and "why not shown" always read the database.
/// </summary>
public sealed class UserStateCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);
    private const int MaxEntries = 100_000;

    // Compiled once: the per-decision query skips EF's expression-tree lookup.
    private static readonly Func<AdoptionDb, string, int, IAsyncEnumerable<EngagementState>> StatesOf =
        EF.CompileAsyncQuery((AdoptionDb db, string userId, int accountId) =>
            db.EngagementStates.AsNoTracking().Where(s => s.UserId == userId && s.AccountId == accountId));

    private readonly ConcurrentDictionary<(string UserId, int AccountId), (IReadOnlyDictionary<int, EngagementState> States, DateTimeOffset ReadAt)> entries = new();
    private long writes;

    public static async Task<Dictionary<int, EngagementState>> LoadAsync(AdoptionDb db, string userId, int accountId, CancellationToken cancellationToken)
    {
        var states = new Dictionary<int, EngagementState>();
        await foreach (var state in StatesOf(db, userId, accountId).WithCancellation(cancellationToken))
        {
            states[state.EngagementId] = state;
        }

        return states;
    }

    public async ValueTask<IReadOnlyDictionary<int, EngagementState>> GetAsync(AdoptionDb db, string userId, int accountId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (entries.TryGetValue((userId, accountId), out var entry) && now - entry.ReadAt < Lifetime)
        {
            return entry.States;
        }

        // A write that lands while we read may be missing from what we read: then we do not keep it.
        var before = Interlocked.Read(ref writes);
        var states = await LoadAsync(db, userId, accountId, cancellationToken);
        if (Interlocked.Read(ref writes) == before)
        {
            if (entries.Count >= MaxEntries)
            {
                entries.Clear();
            }

            entries[(userId, accountId)] = (states, now);
        }

        return states;
    }

    /// <summary>Called after this portal writes <paramref name="userId"/>'s state, so the next decision reads it.</summary>
    public void Invalidate(string userId)
    {
        Interlocked.Increment(ref writes);
        foreach (var key in entries.Keys.Where(k => k.UserId == userId))
        {
            entries.TryRemove(key, out _);
        }
    }
}
