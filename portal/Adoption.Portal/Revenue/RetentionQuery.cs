using Adoption.Portal.Domain.Revenue;

namespace Adoption.Portal.Revenue;

/// <summary>
/// Retention figures for any period from the ARR history alone, so a past period reads the same
/// however today's ARR moves. Each account is grouped by what it was as the period began (its CSM,
/// segment, coverage) or by its cohort (the quarter its ARR started), and converted into the
/// reporting currency at the rate dated on or before the period's first day for both ends, so a
/// currency's move never shows as expansion or contraction.
/// </summary>
public sealed class RetentionQuery(AdoptionDb db, RevenueOptions options)
{
    public async Task<IReadOnlyList<RetentionGroup>> RunAsync(RetentionPeriod period, RetentionGrouping grouping, CancellationToken cancellationToken = default)
    {
        var history = await HistoryAsync(period.To, cancellationToken);
        return Compute(period, grouping, history, await RatesAsync(cancellationToken));
    }

    public async Task<CurrencyTable> RatesAsync(CancellationToken cancellationToken = default) =>
        new(options.ReportingCurrency, await db.CurrencyRates.AsNoTracking().ToListAsync(cancellationToken));

    /// <summary>The figures from history already loaded (up to the period's end or later), for several periods in a row.</summary>
    public static IReadOnlyList<RetentionGroup> Compute(RetentionPeriod period, RetentionGrouping grouping, IReadOnlyDictionary<int, List<ArrChange>> history, CurrencyTable rates)
    {
        var groups = new Dictionary<string, (List<AccountArr> Rows, List<int> Unconverted)>(StringComparer.Ordinal);
        foreach (var (accountId, changes) in history)
        {
            var start = ArrHistory.Before(changes, period.From);
            if (ArrHistory.On(changes, period.To) is not { } end)
            {
                continue;
            }

            var key = KeyOf(grouping, start ?? end, changes[0]);
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = ([], []);
            }

            var rate = rates.RateOn((start ?? end).Currency, period.From);
            // A currency change inside the period (rare) has no honest constant-currency figure either.
            if (rate is null || (start is not null && !string.Equals(start.Currency, end.Currency, StringComparison.OrdinalIgnoreCase)))
            {
                group.Unconverted.Add(accountId);
                continue;
            }

            group.Rows.Add(new AccountArr(accountId, start?.Arr * rate, end.Arr * rate.Value));
        }

        return groups.OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RetentionGroup(g.Key, RetentionMath.Compute(g.Value.Rows), g.Value.Unconverted, g.Value.Rows.Sum(r => r.End)))
            .ToList();
    }

    /// <summary>Every account's history up to <paramref name="until"/>, oldest first. An account from before
    /// the history was kept counts with its ARR of today from the day it was added.</summary>
    public async Task<Dictionary<int, List<ArrChange>>> HistoryAsync(DateOnly until, CancellationToken cancellationToken = default)
    {
        var rows = await db.ArrChanges.AsNoTracking().Where(c => c.EffectiveOn <= until)
            .OrderBy(c => c.AccountId).ThenBy(c => c.EffectiveOn).ThenBy(c => c.RecordedAt).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var history = rows.GroupBy(r => r.AccountId).ToDictionary(g => g.Key, g => g.ToList());
        var withoutHistory = await db.Accounts.AsNoTracking().Where(a => !db.ArrChanges.Any(c => c.AccountId == a.Id))
            .Select(a => new ArrChange
            {
                AccountId = a.Id, Arr = a.Arr, Currency = a.Currency, CsmUserId = a.CsmUserId, Segment = a.Segment,
                Coverage = a.Coverage, RecordedAt = a.CreatedAt, Source = ArrSource.Opening,
            })
            .ToListAsync(cancellationToken);
        foreach (var row in withoutHistory)
        {
            row.EffectiveOn = DateOnly.FromDateTime(row.RecordedAt);
            if (row.EffectiveOn <= until)
            {
                history[row.AccountId] = [row];
            }
        }

        return history;
    }

    private static string KeyOf(RetentionGrouping grouping, ArrChange owner, ArrChange first) => grouping switch
    {
        RetentionGrouping.Csm => owner.CsmUserId ?? "",
        RetentionGrouping.Segment => owner.Segment.ToString(),
        RetentionGrouping.Coverage => owner.Coverage.ToString(),
        RetentionGrouping.Cohort => RetentionPeriod.QuarterName(first.EffectiveOn),
        _ => "",
    };
}
