using Adoption.Portal.Revenue;

namespace Adoption.Portal.Health.Risks;

/// <summary>One open product risk with what the grouping needs.</summary>
public sealed record ProductRiskRow(int RiskId, string Title, int FeatureId, string Feature, int AccountId, string Account, decimal Arr, string Currency);

/// <summary>An account held back by a feature, with its ARR in the reporting currency (null when its currency has no rate).</summary>
public sealed record BlockedAccount(int AccountId, string Account, decimal Arr, string Currency, decimal? ArrInReportingCurrency, IReadOnlyList<string> Risks);

/// <summary>"20 customers, $2.8M ARR, blocked by Alerts": one key feature and the accounts whose open risks name it.</summary>
public sealed record FeatureBlock(int FeatureId, string Feature, IReadOnlyList<BlockedAccount> Accounts)
{
    public int Customers => Accounts.Count;
    /// <summary>Each account's ARR once, however many of its risks name the feature.</summary>
    public decimal Arr => Accounts.Sum(a => a.ArrInReportingCurrency ?? 0);
    /// <summary>Accounts whose currency could not be converted, left out of <see cref="Arr"/> and said so.</summary>
    public int Unconverted => Accounts.Count(a => a.ArrInReportingCurrency is null);
}

/// <summary>The product team's report: open risks tagged with a key feature, grouped by feature and summed by ARR.</summary>
public sealed class ProductRisks(AdoptionDb db, RevenueOptions revenue)
{
    public string ReportingCurrency => revenue.ReportingCurrency;

    public async Task<IReadOnlyList<FeatureBlock>> LoadAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var rows = await db.Risks.AsNoTracking()
            .Where(r => r.ResolvedAt == null && r.KeyFeatureId != null)
            .Join(db.KeyFeatures, r => r.KeyFeatureId, f => f.Id, (r, f) => new { r, f })
            .Join(db.Accounts.Where(a => a.ArchivedAt == null), x => x.r.AccountId, a => a.Id,
                (x, a) => new ProductRiskRow(x.r.Id, x.r.Title, x.f.Id, x.f.Name, a.Id, a.Name, a.Arr, a.Currency))
            .ToListAsync(cancellationToken);
        var rates = new CurrencyTable(revenue.ReportingCurrency, await db.CurrencyRates.AsNoTracking().ToListAsync(cancellationToken));
        return Group(rows, rates, today);
    }

    /// <summary>Features with the most ARR at stake first; within one, the biggest accounts first, each with its risks in the order they were raised.</summary>
    public static IReadOnlyList<FeatureBlock> Group(IEnumerable<ProductRiskRow> rows, CurrencyTable rates, DateOnly today) =>
        rows.GroupBy(r => (r.FeatureId, r.Feature))
            .Select(g => new FeatureBlock(g.Key.FeatureId, g.Key.Feature, g.GroupBy(r => r.AccountId)
                .Select(a => new BlockedAccount(a.Key, a.First().Account, a.First().Arr, a.First().Currency,
                    rates.Convert(a.First().Arr, a.First().Currency, today), a.OrderBy(r => r.RiskId).Select(r => r.Title).ToList()))
                .OrderByDescending(a => a.ArrInReportingCurrency ?? 0).ThenBy(a => a.Account, StringComparer.Ordinal).ToList()))
            .OrderByDescending(b => b.Arr).ThenByDescending(b => b.Customers).ThenBy(b => b.Feature, StringComparer.Ordinal).ToList();
}
