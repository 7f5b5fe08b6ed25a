using Adoption.Portal.Domain.Revenue;
using Adoption.Portal.Health;

namespace Adoption.Portal.Revenue;

/// <summary>An open renewal in the next 120 days, with what a CSM glances at before the call.</summary>
public sealed record DueRenewal(
    int AccountId, string Account, DateOnly Due, int Days, decimal Arr, string Currency, HealthColor Health, int HealthScore,
    decimal SignedOffValue, int ValueEntries, RenewalForecast Call, decimal? Expected);

/// <summary>One quarter of a book's history, for the charts: ARR at its end and its NRR.</summary>
public sealed record BookQuarter(string Name, decimal EndingArr, decimal? Nrr);

public sealed record Book(
    decimal ArrUnderManagement, int Accounts, IReadOnlyList<int> Unconverted, IReadOnlyList<DueRenewal> Due, ForecastTotals Forecast,
    decimal WonThisQuarter, decimal LostThisQuarter, decimal? Target, IReadOnlyList<BookQuarter> Quarters,
    int OpenOpportunities, decimal OpportunityArr);

/// <summary>
/// A CSM's book (or the whole vendor's, for a manager): what they look after, what is coming up for
/// renewal, their call on it and how the quarter is going against the target CS operations set.
/// Every total is in the reporting currency at today's rate.
/// </summary>
public sealed class BookOfBusiness(AdoptionDb db, HealthScorer scorer, RetentionQuery retention, RevenueOptions options)
{
    public static readonly int[] Windows = [30, 60, 90, 120];

    /// <param name="csmUserId">The CSM; null for everyone's book.</param>
    public async Task<Book> ForAsync(string? csmUserId, DateOnly today, CancellationToken cancellationToken = default)
    {
        var rates = new CurrencyTable(options.ReportingCurrency, await db.CurrencyRates.AsNoTracking().ToListAsync(cancellationToken));
        var accounts = await db.Accounts.AsNoTracking().Where(a => csmUserId == null || a.CsmUserId == csmUserId)
            .Select(a => new { a.Id, a.Name, a.Arr, a.Currency }).ToListAsync(cancellationToken);
        var ids = accounts.Select(a => a.Id).ToList();
        var unconverted = accounts.Where(a => rates.RateOn(a.Currency, today) is null).Select(a => a.Id).ToList();
        var arr = accounts.Sum(a => rates.Convert(a.Arr, a.Currency, today) ?? 0m);

        var until = today.AddDays(Windows[^1]);
        var open = await db.Renewals.AsNoTracking()
            .Where(r => ids.Contains(r.AccountId) && r.Outcome == RenewalOutcome.Open && r.DueDate >= today && r.DueDate <= until)
            .OrderBy(r => r.DueDate).ToListAsync(cancellationToken);
        var dueIds = open.Select(r => r.AccountId).ToList();
        var health = await scorer.ScoreAsync(dueIds, today, cancellationToken);
        var value = await db.ValueEntries.AsNoTracking()
            .Where(v => dueIds.Contains(v.AccountId))
            .GroupBy(v => v.AccountId)
            .Select(g => new { g.Key, Count = g.Count(), SignedOff = g.Where(v => v.CustomerSignedOffAt != null && v.CsmSignedOffAt != null).Sum(v => v.AnnualValue) })
            .ToDictionaryAsync(v => v.Key, cancellationToken);
        var names = accounts.ToDictionary(a => a.Id, a => a.Name);
        var due = open.Select(r => new DueRenewal(
            r.AccountId, names[r.AccountId], r.DueDate, r.DueDate.DayNumber - today.DayNumber, r.ArrAtStart, r.Currency,
            health[r.AccountId].Color, health[r.AccountId].Score, value.GetValueOrDefault(r.AccountId)?.SignedOff ?? 0m,
            value.GetValueOrDefault(r.AccountId)?.Count ?? 0, r.Forecast, r.ForecastArr)).ToList();
        var forecast = ForecastTotals.Of(open.Where(r => rates.RateOn(r.Currency, today) is not null).Select(r =>
            new ForecastLine(r.AccountId, r.Forecast, rates.Convert(r.ArrAtStart, r.Currency, today)!.Value, r.ForecastArr is { } e ? rates.Convert(e, r.Currency, today) : null)));

        var quarter = RetentionPeriod.QuarterOf(today);
        var closed = await db.Renewals.AsNoTracking()
            .Where(r => ids.Contains(r.AccountId) && r.Outcome != RenewalOutcome.Open && r.DueDate >= quarter.From && r.DueDate <= quarter.To)
            .ToListAsync(cancellationToken);
        var won = closed.Where(r => r.Outcome != RenewalOutcome.Churned).Sum(r => rates.Convert(r.NewArr ?? 0m, r.Currency, quarter.From) ?? 0m);
        var lost = closed.Sum(r => rates.Convert(Math.Max(0m, r.ArrAtStart - (r.NewArr ?? 0m)), r.Currency, quarter.From) ?? 0m);
        var target = await db.CsmTargets.AsNoTracking().Where(t => t.Quarter == quarter.From && (csmUserId == null || t.CsmUserId == csmUserId))
            .Select(t => (decimal?)t.Amount).SumAsync(cancellationToken);

        var opportunities = await db.Opportunities.AsNoTracking()
            .Where(o => ids.Contains(o.AccountId) && o.Stage != OpportunityStage.Won && o.Stage != OpportunityStage.Lost)
            .Select(o => new { o.Amount, o.Currency }).ToListAsync(cancellationToken);
        var pipeline = opportunities.Sum(o => rates.Convert(o.Amount, o.Currency, today) ?? 0m);

        return new Book(arr, accounts.Count, unconverted, due, forecast, won, lost, target, await QuartersAsync(csmUserId, quarter, cancellationToken),
            opportunities.Count, pipeline);
    }

    // The last six quarters, this one included, from the ARR history: the figures a past quarter showed then.
    private async Task<List<BookQuarter>> QuartersAsync(string? csmUserId, RetentionPeriod current, CancellationToken cancellationToken)
    {
        var history = await retention.HistoryAsync(current.To, cancellationToken);
        var rates = await retention.RatesAsync(cancellationToken);
        var quarters = new List<BookQuarter>();
        for (var back = 5; back >= 0; back--)
        {
            var q = RetentionPeriod.QuarterOf(current.From.AddMonths(-3 * back));
            var groups = RetentionQuery.Compute(q, csmUserId is null ? RetentionGrouping.All : RetentionGrouping.Csm, history, rates);
            var group = groups.FirstOrDefault(g => csmUserId is null || g.Key == csmUserId);
            quarters.Add(new BookQuarter(RetentionPeriod.QuarterName(q.From), group?.ArrAtEnd ?? 0m, group?.Figures.Nrr));
        }

        return quarters;
    }
}
