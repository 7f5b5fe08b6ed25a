using Adoption.Portal.Health;

namespace Adoption.Portal.Pages.Csm.Portfolio;

public sealed record PortfolioRow(
    int Id, string Name, Segment Segment, LifecycleStage Stage, decimal Arr, string Currency,
    DateOnly RenewalDate, string? CsmUserId, string? CsmName, AccountHealth Health);

public sealed record PortfolioPage(IReadOnlyList<PortfolioRow> Rows, int Total, int Page, int Pages);

/// <summary>
/// Filters, sorts and pages the scored portfolio kept by <see cref="PortfolioCache"/> (health is
/// computed, not stored, so sorting or filtering by it needs every score): a request walks the
/// cached order and filters in memory, with the same rules the database query had.
/// </summary>
public sealed class PortfolioQuery(PortfolioCache cache)
{
    public async Task<PortfolioPage> RunAsync(PortfolioView view, DateOnly today, IReadOnlyDictionary<string, string> csmNames, CancellationToken cancellationToken = default)
    {
        var portfolio = await cache.GetAsync(today, cancellationToken);
        var entries = portfolio.Entries;
        var order = portfolio.Order(view.Sort, view.Desc, CultureInfo.CurrentCulture, csmNames);
        var until = view.RenewalWithin is { } days ? today.AddDays(days) : (DateOnly?)null;
        var first = (Math.Max(1, view.Page) - 1) * PortfolioView.PageSize;
        var matched = new List<PortfolioEntry>();
        var total = 0;
        foreach (var index in order)
        {
            var entry = entries[index];
            if (!Matches(entry, view, today, until))
            {
                continue;
            }

            // Rows up to the end of the asked page are kept: a page past the end shows the last one, which is among them.
            if (total < first + PortfolioView.PageSize)
            {
                matched.Add(entry);
            }

            total++;
        }

        var pages = Math.Max(1, (int)Math.Ceiling(total / (double)PortfolioView.PageSize));
        var page = Math.Clamp(view.Page, 1, pages);
        var skip = (page - 1) * PortfolioView.PageSize;
        var rows = matched.Skip(skip).Take(PortfolioView.PageSize)
            .Select(e => e.Row with { CsmName = e.Row.CsmUserId is null ? null : csmNames.GetValueOrDefault(e.Row.CsmUserId) })
            .ToList();
        return new PortfolioPage(rows, total, page, pages);
    }

    // As the database filtered before: a case-insensitive "contains" on the name or industry, exact
    // segment, stage, health and CSM (or none), and a renewal between today and the window's end.
    private static bool Matches(PortfolioEntry entry, PortfolioView view, DateOnly today, DateOnly? until)
    {
        var row = entry.Row;
        return (view.Q is not { } q || row.Name.Contains(q, StringComparison.OrdinalIgnoreCase) || (entry.Industry?.Contains(q, StringComparison.OrdinalIgnoreCase) ?? false))
            && (view.Segment is not { } segment || row.Segment == segment)
            && (view.Stage is not { } stage || row.Stage == stage)
            && (view.Health is not { } health || row.Health.Color == health)
            && (view.Csm is not { } csm || (csm == PortfolioView.NoCsm ? row.CsmUserId is null : row.CsmUserId == csm))
            && (until is not { } end || (row.RenewalDate >= today && row.RenewalDate <= end));
    }
}
