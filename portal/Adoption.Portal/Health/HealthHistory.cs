namespace Adoption.Portal.Health;

/// <summary>
/// Keeps the daily health snapshots: today's row is rewritten whenever health is computed for the
/// account page, after CS operations change a profile, and nightly for every account.
/// </summary>
public sealed class HealthHistory(AdoptionDb db, HealthScorer scorer, TimeProvider clock)
{
    public const int ChartDays = 90;
    /// <summary>Points a score must move in a week before the portfolio shows an arrow.</summary>
    public const int TrendPoints = 3;
    private const int Batch = 500;

    public async Task RecordAsync(int accountId, AccountHealth health, DateOnly today, CancellationToken cancellationToken = default) =>
        await SaveAsync(new Dictionary<int, AccountHealth> { [accountId] = health }, today, cancellationToken);

    /// <summary>Scores and records every account that is not archived, a batch at a time.</summary>
    public async Task<int> RecordAllAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var ids = await db.Accounts.Where(a => a.ArchivedAt == null).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken);
        foreach (var batch in ids.Chunk(Batch))
        {
            await SaveAsync(await scorer.ScoreAsync(batch, today, cancellationToken), today, cancellationToken);
        }

        return ids.Count;
    }

    public async Task<IReadOnlyList<HealthSnapshot>> ChartAsync(int accountId, DateOnly today, CancellationToken cancellationToken = default)
    {
        var from = today.AddDays(1 - ChartDays);
        return await db.HealthSnapshots.AsNoTracking().Where(s => s.AccountId == accountId && s.Day >= from && s.Day <= today)
            .OrderBy(s => s.Day).ToListAsync(cancellationToken);
    }

    /// <summary>Today's score against the latest snapshot a week or more ago; accounts without one have no trend.</summary>
    public async Task<IReadOnlyDictionary<int, HealthTrend>> TrendsAsync(IReadOnlyDictionary<int, int> scores, DateOnly today, CancellationToken cancellationToken = default)
    {
        var ids = scores.Keys.ToList();
        var weekAgo = today.AddDays(-7);
        var earlier = await db.HealthSnapshots.Where(s => EF.Parameter(ids).Contains(s.AccountId) && s.Day <= weekAgo && s.Day > weekAgo.AddDays(-ChartDays))
            .GroupBy(s => s.AccountId).Select(g => g.OrderByDescending(s => s.Day).Select(s => new { s.AccountId, s.Score }).First())
            .ToDictionaryAsync(x => x.AccountId, x => x.Score, cancellationToken);
        return earlier.ToDictionary(e => e.Key, e => (scores[e.Key] - e.Value) switch
        {
            >= TrendPoints => HealthTrend.Up,
            <= -TrendPoints => HealthTrend.Down,
            _ => HealthTrend.Flat,
        });
    }

    private async Task SaveAsync(IReadOnlyDictionary<int, AccountHealth> health, DateOnly today, CancellationToken cancellationToken)
    {
        var ids = health.Keys.ToList();
        var existing = await db.HealthSnapshots.Where(s => EF.Parameter(ids).Contains(s.AccountId) && s.Day == today)
            .ToDictionaryAsync(s => s.AccountId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (id, h) in health)
        {
            if (!existing.TryGetValue(id, out var row))
            {
                row = new HealthSnapshot { AccountId = id, Day = today };
                db.HealthSnapshots.Add(row);
            }

            else if (row.Score == h.Score && row.Color == h.Color)
            {
                // Unchanged: opening a page leaves the database as it was.
                continue;
            }

            row.Score = h.Score;
            row.Color = h.Color;
            row.RecordedAt = now;
        }

        if (!db.ChangeTracker.HasChanges())
        {
            return;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request wrote today's row first: theirs is as current as ours.
            db.ChangeTracker.Clear();
        }
    }
}
