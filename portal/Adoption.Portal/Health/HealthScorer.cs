using Adoption.Portal.Domain.Plans;

namespace Adoption.Portal.Health;

/// <summary>
/// Scores health for many accounts at once with a handful of grouped queries over rollups and
/// signals (never raw events), each account judged by the profile for its lifecycle stage.
/// </summary>
public sealed class HealthScorer(AdoptionDb db)
{
    public async Task<AccountHealth> ScoreAsync(int accountId, DateOnly today, CancellationToken cancellationToken = default) =>
        (await ScoreAsync([accountId], today, cancellationToken))[accountId];

    public async Task<IReadOnlyDictionary<int, AccountHealth>> ScoreAsync(IReadOnlyCollection<int> accountIds, DateOnly today, CancellationToken cancellationToken = default)
    {
        var monthAgo = today.AddDays(-29);
        var twoMonthsAgo = today.AddDays(-59);
        var halfYearAgo = today.AddDays(-182).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        // One array parameter (json_each / OPENJSON) rather than EF 10's default of one parameter
        // per id: a portfolio of thousands stays one cached plan and under SQL Server's 2,100-parameter limit.
        var ids = accountIds.ToList();

        var profiles = await HealthProfileSet.LoadAsync(db, cancellationToken);
        var accounts = await db.Accounts.Where(a => EF.Parameter(ids).Contains(a.Id))
            .Select(a => new { a.Id, a.Stage, a.LicensedSeats })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var featureCount = await db.KeyFeatures.CountAsync(cancellationToken);
        var featuresUsed = await db.AccountFeatureDays.Where(r => EF.Parameter(ids).Contains(r.AccountId) && r.Day >= monthAgo)
            .GroupBy(r => r.AccountId).Select(g => new { g.Key, Count = g.Select(r => r.FeatureId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var activePeople = await db.UserDays.Where(r => EF.Parameter(ids).Contains(r.AccountId) && r.Day >= monthAgo)
            .GroupBy(r => r.AccountId).Select(g => new { g.Key, Count = g.Select(r => r.UserKey).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var activeBefore = await db.UserDays.Where(r => EF.Parameter(ids).Contains(r.AccountId) && r.Day >= twoMonthsAgo && r.Day < monthAgo)
            .GroupBy(r => r.AccountId).Select(g => new { g.Key, Count = g.Select(r => r.UserKey).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var training = await db.Enrolments.Where(e => EF.Parameter(ids).Contains(e.AccountId))
            .GroupBy(e => e.AccountId).Select(g => new { g.Key, Completed = g.Sum(e => e.Completions.Count), Modules = g.Sum(e => e.Path!.Modules.Count) })
            .ToDictionaryAsync(x => x.Key, x => (x.Completed, x.Modules), cancellationToken);
        var nps = await db.NpsResponses.Where(n => EF.Parameter(ids).Contains(n.AccountId) && n.RespondedAt >= halfYearAgo)
            .GroupBy(n => n.AccountId)
            .Select(g => new { g.Key, Total = g.Count(), Promoters = g.Count(n => n.Score >= 9), Detractors = g.Count(n => n.Score <= 6) })
            .ToDictionaryAsync(x => x.Key, x => (x.Total, x.Promoters, x.Detractors), cancellationToken);
        var tickets = await db.SupportTickets.Where(t => EF.Parameter(ids).Contains(t.AccountId) && t.ClosedAt == null)
            .GroupBy(t => t.AccountId).Select(g => new { g.Key, Open = g.Count(), Urgent = g.Count(t => t.Priority >= Domain.Accounts.TicketPriority.High) })
            .ToDictionaryAsync(x => x.Key, x => (x.Open, x.Urgent), cancellationToken);
        // Risks are vendor-only, but the customer's health must be the score the CSM sees: only the
        // count leaves the table, and only for the accounts asked about.
        var risks = await db.Risks.IgnoreQueryFilters().Where(r => EF.Parameter(ids).Contains(r.AccountId) && r.ResolvedAt == null)
            .GroupBy(r => r.AccountId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var milestones = await db.Milestones.Where(m => EF.Parameter(ids).Contains(m.Objective!.Plan!.AccountId))
            .GroupBy(m => m.Objective!.Plan!.AccountId)
            .Select(g => new { g.Key, Done = g.Count(m => m.Status == MilestoneStatus.Done), Total = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => (x.Done, x.Total), cancellationToken);

        return ids.Distinct().ToDictionary(id => id, id =>
        {
            var account = accounts.GetValueOrDefault(id);
            var profile = account is null ? profiles.Default : profiles.For(account.Stage);
            return HealthFormula.Score(new HealthSignals(
                featuresUsed.GetValueOrDefault(id), featureCount,
                activePeople.GetValueOrDefault(id), account?.LicensedSeats ?? 0, activeBefore.GetValueOrDefault(id),
                training.GetValueOrDefault(id), nps.GetValueOrDefault(id), tickets.GetValueOrDefault(id), risks.GetValueOrDefault(id),
                milestones.GetValueOrDefault(id)), profile);
        });
    }
}
