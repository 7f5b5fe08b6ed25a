using Adoption.Portal.Health;

namespace Adoption.Portal.Pages.Csm.Portfolio;

/// <summary>
/// Every account that is not archived, with its health, scored once and kept between requests:
/// sorting or filtering by health needs every score, and scoring thousands of accounts on each
/// request cost more than a second. The scores are kept fresh three ways (decision 0014):
/// a save through the portal that touches an account or a health input (<see cref="PortfolioChanges"/>)
/// rescores just those accounts before the next request reads; a new day, a profile, catalogue or
/// training change rescores everything before the next request reads; and the whole set is scored
/// again in the background once it is <see cref="MaxAge"/> old, which brings in what arrives
/// without a save here (usage from the tracking API, another instance's edits).
/// </summary>
public sealed class PortfolioCache(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim building = new(1, 1);
    private readonly Lock gate = new();
    private volatile ScoredPortfolio? current;
    private PendingChanges pending = new();
    private int refreshing;

    /// <summary>The portfolio as of now: every change this portal saved before the call is in it.</summary>
    public async Task<ScoredPortfolio> GetAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var snapshot = current;
        if (snapshot is not null && snapshot.Day == today && !HasPending())
        {
            if (clock.GetUtcNow() - snapshot.BuiltAt >= MaxAge)
            {
                RefreshInBackground(today);
            }

            return snapshot;
        }

        await building.WaitAsync(cancellationToken);
        var changes = TakePending();
        try
        {
            snapshot = current;
            if (snapshot is null || snapshot.Day != today || changes.Everything)
            {
                snapshot = await BuildAsync(today, cancellationToken);
            }
            else if (!changes.IsEmpty)
            {
                snapshot = await UpdateAsync(snapshot, changes, cancellationToken);
            }

            current = snapshot;
            return snapshot;
        }
        catch
        {
            // Not applied: the next read tries them again.
            Note(changes);
            throw;
        }
        finally
        {
            building.Release();
        }
    }

    /// <summary>Called after a save: <paramref name="changes"/> are rescored before the next read.</summary>
    public void Note(PendingChanges changes)
    {
        lock (gate)
        {
            pending.Add(changes);
        }
    }

    public void Dispose() => building.Dispose();

    private bool HasPending()
    {
        lock (gate)
        {
            return !pending.IsEmpty;
        }
    }

    private PendingChanges TakePending()
    {
        lock (gate)
        {
            var taken = pending;
            pending = new PendingChanges();
            return taken;
        }
    }

    private void RefreshInBackground(DateOnly today)
    {
        if (Interlocked.Exchange(ref refreshing, 1) == 1)
        {
            return;
        }

        // Not the request's context: the refresh outlives it and belongs to no one.
        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await building.WaitAsync();
                    try
                    {
                        // Pending changes stay pending: the next request applies them on top of this.
                        var fresh = await BuildAsync(today, CancellationToken.None);
                        if (current is null || current.Day == today)
                        {
                            current = fresh;
                        }
                    }
                    finally
                    {
                        building.Release();
                    }
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // The portfolio in memory stays in force; the next request past MaxAge tries again.
                    _ = e;
                }
                finally
                {
                    Volatile.Write(ref refreshing, 0);
                }
            });
        }
    }

    private async Task<ScoredPortfolio> BuildAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var builtAt = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdoptionDb>();
        var entries = await ScoreAsync(db, db.Accounts.AsNoTracking().Where(a => a.ArchivedAt == null), today, cancellationToken);
        return new ScoredPortfolio(today, builtAt, [.. entries.Values]);
    }

    private async Task<ScoredPortfolio> UpdateAsync(ScoredPortfolio snapshot, PendingChanges changes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdoptionDb>();
        var ids = await changes.AccountIdsAsync(db, cancellationToken);
        if (ids is null)
        {
            return await BuildAsync(snapshot.Day, cancellationToken);
        }

        var list = ids.ToList();
        var rescored = await ScoreAsync(db, db.Accounts.AsNoTracking().Where(a => EF.Parameter(list).Contains(a.Id) && a.ArchivedAt == null), snapshot.Day, cancellationToken);
        var entries = snapshot.Entries.Where(e => !ids.Contains(e.Row.Id)).Concat(rescored.Values).ToArray();
        return new ScoredPortfolio(snapshot.Day, snapshot.BuiltAt, entries);
    }

    private static async Task<Dictionary<int, PortfolioEntry>> ScoreAsync(AdoptionDb db, IQueryable<Domain.Accounts.Account> accounts, DateOnly today, CancellationToken cancellationToken)
    {
        var found = await accounts
            .Select(a => new { a.Id, a.Name, a.Industry, a.Segment, a.Stage, a.Arr, a.Currency, a.RenewalDate, a.CsmUserId })
            .ToListAsync(cancellationToken);
        var health = found.Count == 0 ? new Dictionary<int, AccountHealth>()
            : await new HealthScorer(db).ScoreAsync(found.Select(a => a.Id).ToList(), today, cancellationToken);
        return found.ToDictionary(a => a.Id, a => new PortfolioEntry(
            new PortfolioRow(a.Id, a.Name, a.Segment, a.Stage, a.Arr, a.Currency, a.RenewalDate, a.CsmUserId, null, Trim(health[a.Id])),
            a.Industry));
    }

    // The list shows the score, the colour and the worst reason; the rest stays on the account page.
    private static AccountHealth Trim(AccountHealth health) =>
        health with { Components = [], Reasons = health.Reasons.Count == 0 ? [] : [health.Reasons[0]] };
}
