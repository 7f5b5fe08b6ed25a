using Adoption.Portal.Health;
using Microsoft.AspNetCore.WebUtilities;

namespace Adoption.Portal.Pages.Csm.Portfolio;

public enum PortfolioSort
{
    Renewal = 0,
    Name = 1,
    Health = 2,
    Arr = 3,
    Segment = 4,
    Stage = 5,
    Csm = 6,
}

/// <summary>
/// What the portfolio shows, all of it in the query string so a link, a bookmark or the back
/// button brings the same view back. Defaults are left out of links to keep them short.
/// </summary>
public sealed record PortfolioView(
    string? Q = null, Segment? Segment = null, LifecycleStage? Stage = null, HealthColor? Health = null,
    string? Csm = null, int? RenewalWithin = null, PortfolioSort Sort = PortfolioSort.Renewal, bool Desc = false, int Page = 1)
{
    public const int PageSize = 25;

    /// <summary>The <see cref="Csm"/> value that selects accounts without a named CSM (the tech-touch pool).</summary>
    public const string NoCsm = "none";

    public static readonly IReadOnlyList<int> RenewalWindows = [30, 60, 90, 120, 180, 365];

    public bool IsFiltered => Q is not null || Segment is not null || Stage is not null || Health is not null || Csm is not null || RenewalWithin is not null;

    /// <summary>Sorting by a column again flips its direction; a new column starts ascending, on page 1.</summary>
    public PortfolioView SortedBy(PortfolioSort sort) => this with { Sort = sort, Desc = sort == Sort && !Desc, Page = 1 };

    public string Url(string path = "/csm")
    {
        var query = new Dictionary<string, string?>();
        Add(query, "q", Q);
        Add(query, "segment", Segment?.ToString());
        Add(query, "stage", Stage?.ToString());
        Add(query, "health", Health?.ToString());
        Add(query, "csm", Csm);
        Add(query, "renewal", RenewalWithin?.ToString(CultureInfo.InvariantCulture));
        Add(query, "sort", Sort == PortfolioSort.Renewal ? null : Sort.ToString());
        Add(query, "desc", Desc ? "true" : null);
        Add(query, "p", Page == 1 ? null : Page.ToString(CultureInfo.InvariantCulture));
        return QueryHelpers.AddQueryString(path, query.Where(kv => kv.Value is not null));
    }

    private static void Add(Dictionary<string, string?> query, string key, string? value) => query[key] = string.IsNullOrWhiteSpace(value) ? null : value;
}
