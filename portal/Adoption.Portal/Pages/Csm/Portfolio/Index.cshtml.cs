using Adoption.Portal.Health;

namespace Adoption.Portal.Pages.Csm.Portfolio;

/// <summary>Every account the vendor serves, with health: filter, sort and page through them.</summary>
public sealed class IndexModel(AdoptionDb db, PortfolioCache portfolio, TimeProvider clock) : CsmPageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public Segment? Segment { get; set; }
    [BindProperty(SupportsGet = true)] public LifecycleStage? Stage { get; set; }
    [BindProperty(SupportsGet = true)] public HealthColor? Health { get; set; }
    [BindProperty(SupportsGet = true)] public string? Csm { get; set; }
    [BindProperty(SupportsGet = true)] public int? Renewal { get; set; }
    [BindProperty(SupportsGet = true)] public PortfolioSort Sort { get; set; }
    [BindProperty(SupportsGet = true)] public bool Desc { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PortfolioView View { get; private set; } = new();
    public PortfolioPage Result { get; private set; } = new([], 0, 1, 1);
    public IReadOnlyDictionary<string, string> CsmNames { get; private set; } = new Dictionary<string, string>();
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = TodayFrom(clock);
        // A value that does not parse (a hand-edited link) is dropped rather than failing the page.
        View = new PortfolioView(
            Q.TrimmedOrNull(), Known(Segment), Known(Stage), Known(Health),
            string.IsNullOrWhiteSpace(Csm) ? null : Csm,
            Renewal is { } days && PortfolioView.RenewalWindows.Contains(days) ? days : null,
            Enum.IsDefined(Sort) ? Sort : PortfolioSort.Renewal, Desc, Math.Max(1, PageNumber));
        var query = new PortfolioQuery(portfolio);
        CsmNames = await CsmPeople.NamesAsync(db);
        Result = await query.RunAsync(View, Today, CsmNames);
        View = View with { Page = Result.Page };
    }

    private static T? Known<T>(T? value) where T : struct, Enum => value is { } v && Enum.IsDefined(v) ? v : null;

    /// <summary>aria-sort for a column header: only the sorted column says how.</summary>
    public string? AriaSort(PortfolioSort column) => column != View.Sort ? null : View.Desc ? "descending" : "ascending";
}
