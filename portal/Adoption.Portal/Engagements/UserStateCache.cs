using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Web;

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

    // Compiled once: the per-decision query skips EF's expression-tree lookup.
    private static readonly Func<AdoptionDb, string, int, IAsyncEnumerable<EngagementState>> StatesOf =
        EF.CompileAsyncQuery((AdoptionDb db, string userId, int accountId) =>
            db.EngagementStates.AsNoTracking().Where(s => s.UserId == userId && s.AccountId == accountId));

    // Per user: every write of theirs drops what was read of their states, at every account.
    private readonly ScopedExpiringCache<string, (string UserId, int AccountId), IReadOnlyDictionary<int, EngagementState>> cache = new(clock, Lifetime);

    public static async Task<Dictionary<int, EngagementState>> LoadAsync(AdoptionDb db, string userId, int accountId, CancellationToken cancellationToken)
    {
        var states = new Dictionary<int, EngagementState>();
        await foreach (var state in StatesOf(db, userId, accountId).WithCancellation(cancellationToken))
        {
            states[state.EngagementId] = state;
        }

        return states;
    }

    public ValueTask<IReadOnlyDictionary<int, EngagementState>> GetAsync(AdoptionDb db, string userId, int accountId, CancellationToken cancellationToken) =>
        cache.GetAsync(userId, (userId, accountId), async () => (IReadOnlyDictionary<int, EngagementState>)await LoadAsync(db, userId, accountId, cancellationToken));

    /// <summary>Called after this portal writes <paramref name="userId"/>'s state, so the next decision reads it.</summary>
    public void Invalidate(string userId) => cache.Changed(userId);
}
