using Adoption.Portal.Data;
using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Health;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Pages.Csm.Portfolio;

public sealed record PortfolioRow(
    int Id, string Name, Segment Segment, LifecycleStage Stage, decimal Arr, string Currency,
    DateOnly RenewalDate, string? CsmUserId, string? CsmName, AccountHealth Health);

public sealed record PortfolioPage(IReadOnlyList<PortfolioRow> Rows, int Total, int Page, int Pages);

/// <summary>
/// Filters in the database, then scores the whole filtered set in one batch (health is computed,
/// not stored, so sorting or filtering by it needs every score) and sorts and pages in memory.
/// </summary>
public sealed class PortfolioQuery(AdoptionDb db, HealthScorer scorer)
{
    public async Task<PortfolioPage> RunAsync(PortfolioView view, DateOnly today, IReadOnlyDictionary<string, string> csmNames, CancellationToken cancellationToken = default)
    {
        var accounts = db.Accounts.AsNoTracking().Where(a => a.ArchivedAt == null);
        if (view.Q is { } q)
        {
            var pattern = "%" + q.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            accounts = accounts.Where(a => EF.Functions.Like(a.Name, pattern, "\\") || EF.Functions.Like(a.Industry!, pattern, "\\"));
        }

        if (view.Segment is { } segment)
        {
            accounts = accounts.Where(a => a.Segment == segment);
        }

        if (view.Stage is { } stage)
        {
            accounts = accounts.Where(a => a.Stage == stage);
        }

        if (view.Csm == PortfolioView.NoCsm)
        {
            accounts = accounts.Where(a => a.CsmUserId == null);
        }
        else if (view.Csm is { } csm)
        {
            accounts = accounts.Where(a => a.CsmUserId == csm);
        }

        if (view.RenewalWithin is { } days)
        {
            var until = today.AddDays(days);
            accounts = accounts.Where(a => a.RenewalDate >= today && a.RenewalDate <= until);
        }

        var found = await accounts
            .Select(a => new { a.Id, a.Name, a.Segment, a.Stage, a.Arr, a.Currency, a.RenewalDate, a.CsmUserId })
            .ToListAsync(cancellationToken);
        var health = await scorer.ScoreAsync(found.Select(a => a.Id).ToList(), today, cancellationToken);
        var rows = found.Select(a => new PortfolioRow(
                a.Id, a.Name, a.Segment, a.Stage, a.Arr, a.Currency, a.RenewalDate, a.CsmUserId,
                a.CsmUserId is null ? null : csmNames.GetValueOrDefault(a.CsmUserId), health[a.Id]))
            .Where(r => view.Health is null || r.Health.Color == view.Health)
            .ToList();

        var sorted = Sort(rows, view.Sort, view.Desc).ToList();
        var pages = Math.Max(1, (int)Math.Ceiling(sorted.Count / (double)PortfolioView.PageSize));
        var page = Math.Clamp(view.Page, 1, pages);
        return new PortfolioPage(sorted.Skip((page - 1) * PortfolioView.PageSize).Take(PortfolioView.PageSize).ToList(), sorted.Count, page, pages);
    }

    // The name breaks ties so every order is stable from page to page.
    private static IEnumerable<PortfolioRow> Sort(List<PortfolioRow> rows, PortfolioSort sort, bool desc)
    {
        IOrderedEnumerable<PortfolioRow> ordered = sort switch
        {
            PortfolioSort.Name => By(rows, r => r.Name, desc, StringComparer.CurrentCultureIgnoreCase),
            PortfolioSort.Health => By(rows, r => r.Health.Score, desc),
            // ARR in mixed currencies sorts by amount; the currency is shown beside it.
            PortfolioSort.Arr => By(rows, r => r.Arr, desc),
            PortfolioSort.Segment => By(rows, r => r.Segment, desc),
            PortfolioSort.Stage => By(rows, r => r.Stage, desc),
            PortfolioSort.Csm => By(rows, r => r.CsmName ?? "\uffff", desc, StringComparer.CurrentCultureIgnoreCase),
            _ => By(rows, r => r.RenewalDate, desc),
        };
        return ordered.ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.Id);
    }

    private static IOrderedEnumerable<PortfolioRow> By<TKey>(List<PortfolioRow> rows, Func<PortfolioRow, TKey> key, bool desc, IComparer<TKey>? comparer = null) =>
        desc ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer);
}
