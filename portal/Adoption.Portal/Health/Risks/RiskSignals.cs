using Adoption.Portal.Domain.Plans;

namespace Adoption.Portal.Health.Risks;

/// <summary>
/// Runs <see cref="RiskRules"/> over accounts: a rule that holds opens its risk (once), a rule-raised
/// risk whose condition cleared closes itself with a note saying so. Risks the CSM raised by hand
/// are never touched.
/// </summary>
public sealed class RiskSignals(AdoptionDb db, HealthScorer scorer, TimeProvider clock)
{
    /// <summary>The titles rule-raised risks get: the CSM's working list, in the vendor's language like the rest of it.</summary>
    private static readonly Dictionary<string, string> Titles = new()
    {
        [RiskRules.MilestonesOverdue] = "{0} onboarding milestones overdue",
        [RiskRules.Detractor] = "{0} detractor NPS answers in 90 days",
        [RiskRules.TooManyNewTickets] = "{0} new support tickets in {1} days",
        [RiskRules.TooManyOpenTickets] = "{0} support tickets open at once",
        [RiskRules.TooManyUrgentTickets] = "{0} high or urgent tickets open",
        [RiskRules.TicketWaiting] = "A support ticket has waited {0} days",
        [RiskRules.SupportSilence] = "No new support tickets in {0} days after {1} the period before",
        [RiskRules.NegativeSentiment] = "The CSM's sentiment is negative",
        [RiskRules.KeyPersonBounced] = "Email to {0} champions or sponsors bounces",
        [RiskRules.FeatureUsageFell] = "Key features used fell from {0} to {1} in 30 days",
        [RiskRules.KeyPersonLeft] = "{0} champions or sponsors left in 90 days",
        [RiskRules.RenewalAtRisk] = "Renewal in {0} days with health not green",
    };

    /// <summary>Runs the rules with each account's limits taken from the health profile it is judged by.</summary>
    public async Task<(int Opened, int Closed)> RunAsync(IReadOnlyCollection<int> accountIds, DateOnly today, CancellationToken cancellationToken = default)
    {
        var profiles = await HealthProfileSet.LoadAsync(db, cancellationToken);
        var ids = accountIds.ToList();
        var stages = await db.Accounts.Where(a => EF.Parameter(ids).Contains(a.Id)).Select(a => new { a.Id, a.Stage }).ToDictionaryAsync(a => a.Id, a => a.Stage, cancellationToken);
        return await RunAsync(ids, today, id => RiskThresholds.From(stages.TryGetValue(id, out var stage) ? profiles.For(stage) : profiles.Default), cancellationToken);
    }

    public Task<(int Opened, int Closed)> RunAsync(IReadOnlyCollection<int> accountIds, DateOnly today, RiskThresholds thresholds, CancellationToken cancellationToken = default) =>
        RunAsync(accountIds, today, _ => thresholds, cancellationToken);

    private async Task<(int Opened, int Closed)> RunAsync(IReadOnlyCollection<int> accountIds, DateOnly today, Func<int, RiskThresholds> thresholdsOf, CancellationToken cancellationToken)
    {
        var ids = accountIds.Distinct().ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var limits = ids.ToDictionary(id => id, thresholdsOf);
        var facts = await FactsAsync(ids, today, limits.Values.Max(l => l.TicketPeriodDays), limits, cancellationToken);
        var open = await db.Risks.Where(r => EF.Parameter(ids).Contains(r.AccountId) && r.ResolvedAt == null && r.Rule != null)
            .ToListAsync(cancellationToken);
        var (opened, closed) = (0, 0);
        foreach (var id in ids)
        {
            var raised = RiskRules.Evaluate(facts[id], limits[id]);
            foreach (var risk in raised.Where(r => !open.Any(o => o.AccountId == id && o.Rule == r.Rule)))
            {
                db.Risks.Add(new Risk
                {
                    AccountId = id, Category = risk.Category, Rule = risk.Rule, RaisedAt = now,
                    Title = string.Format(CultureInfo.InvariantCulture, Titles[risk.Rule], risk.Args),
                    Detail = "Raised by the risk rules.",
                    History = [new RiskEvent { Kind = RiskEventKind.Raised, Text = "Raised by the risk rules.", At = now }],
                });
                opened++;
            }

            foreach (var risk in open.Where(o => o.AccountId == id && raised.All(r => r.Rule != o.Rule)))
            {
                var note = $"Closed by itself on {today:yyyy-MM-dd}: the condition cleared.";
                risk.ResolvedAt = now;
                risk.Mitigating = false;
                risk.Detail = $"{risk.Detail} {note}".Trim();
                db.RiskEvents.Add(new RiskEvent { RiskId = risk.Id, Kind = RiskEventKind.ClosedByRule, Text = note, At = now });
                closed++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return (opened, closed);
    }

    private async Task<Dictionary<int, RiskFacts>> FactsAsync(List<int> ids, DateOnly today, int longestPeriod, Dictionary<int, RiskThresholds> limits, CancellationToken cancellationToken)
    {
        var start = today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var monthAgo = today.AddDays(-29);
        var twoMonthsAgo = today.AddDays(-59);
        var accounts = await db.Accounts.Where(a => EF.Parameter(ids).Contains(a.Id)).Select(a => new { a.Id, a.RenewalDate })
            .ToDictionaryAsync(a => a.Id, a => a.RenewalDate, cancellationToken);
        var health = await scorer.ScoreAsync(ids, today, cancellationToken);
        // Open statuses one by one, so the (Status, DueDate) index is sought rather than read whole.
        var overdue = await db.Milestones
            .Where(m => EF.Parameter(ids).Contains(m.Objective!.Plan!.AccountId) && m.DueDate < today
                && (m.Status == MilestoneStatus.NotStarted || m.Status == MilestoneStatus.InProgress || m.Status == MilestoneStatus.Blocked))
            .GroupBy(m => m.Objective!.Plan!.AccountId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var detractors = await db.NpsResponses.Where(n => EF.Parameter(ids).Contains(n.AccountId) && n.RespondedAt >= start.AddDays(-90) && n.Score <= 6)
            .GroupBy(n => n.AccountId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var ticketsSince = start.AddDays(-2 * longestPeriod);
        var tickets = await db.SupportTickets.Where(t => EF.Parameter(ids).Contains(t.AccountId) && (t.ClosedAt == null || t.OpenedAt >= ticketsSince))
            .Select(t => new { t.AccountId, t.OpenedAt, t.ClosedAt, t.Priority }).ToListAsync(cancellationToken);
        var features = await db.AccountFeatureDays.Where(r => EF.Parameter(ids).Contains(r.AccountId) && r.Day >= twoMonthsAgo)
            .Select(r => new { r.AccountId, r.FeatureId, Recent = r.Day >= monthAgo }).Distinct().ToListAsync(cancellationToken);
        var left = await db.Contacts.Where(c => EF.Parameter(ids).Contains(c.AccountId) && c.LeftAt >= start.AddDays(-90)
                && (c.Role == ContactRole.Champion || c.Role == ContactRole.ExecutiveSponsor))
            .GroupBy(c => c.AccountId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var bounced = await db.Contacts.Where(c => EF.Parameter(ids).Contains(c.AccountId) && c.LeftAt == null && c.EmailBouncedAt != null
                && (c.Role == ContactRole.Champion || c.Role == ContactRole.ExecutiveSponsor))
            .GroupBy(c => c.AccountId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        // The latest entry per account; entries are few (a CSM's occasional read), so they are picked here.
        var sentiment = (await db.SentimentEntries.Where(e => EF.Parameter(ids).Contains(e.AccountId))
                .Select(e => new { e.AccountId, e.At, e.Id, e.Sentiment }).ToListAsync(cancellationToken))
            .GroupBy(e => e.AccountId).ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).First().Sentiment);

        return ids.Distinct().ToDictionary(id => id, id =>
        {
            var own = tickets.Where(t => t.AccountId == id).ToList();
            var openTickets = own.Where(t => t.ClosedAt == null).ToList();
            var oldest = openTickets.Count == 0 ? 0 : (int)(start - openTickets.Min(t => t.OpenedAt)).TotalDays;
            var used = features.Where(f => f.AccountId == id).ToList();
            var period = limits[id].TicketPeriodDays;
            return new RiskFacts(
                today, accounts.GetValueOrDefault(id, today.AddYears(1)), health[id].Color,
                overdue.GetValueOrDefault(id), detractors.GetValueOrDefault(id),
                (openTickets.Count, openTickets.Count(t => t.Priority >= TicketPriority.High), own.Count(t => t.OpenedAt >= start.AddDays(-period)), oldest),
                (used.Where(f => f.Recent).Select(f => f.FeatureId).Distinct().Count(), used.Where(f => !f.Recent).Select(f => f.FeatureId).Distinct().Count()),
                left.GetValueOrDefault(id))
            {
                NewInPeriodBefore = own.Count(t => t.OpenedAt >= start.AddDays(-2 * period) && t.OpenedAt < start.AddDays(-period)),
                KeyPeopleBounced = bounced.GetValueOrDefault(id),
                Sentiment = sentiment.TryGetValue(id, out var s) ? s : null,
            };
        });
    }
}
