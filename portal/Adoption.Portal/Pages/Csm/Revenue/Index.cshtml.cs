using System.Text;
using Adoption.Portal.Revenue;

namespace Adoption.Portal.Pages.Csm.Revenue;

/// <summary>
/// Retention for any period, split by CSM, segment, cohort or coverage; every figure links to the
/// accounts behind it, and the table downloads as CSV.
/// </summary>
public sealed class IndexModel(AdoptionDb db, RetentionQuery query, RevenueOptions options, TimeProvider clock) : CsmPageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public RetentionGrouping By { get; set; }
    /// <summary>With <see cref="Key"/>: list the accounts behind one figure.</summary>
    [BindProperty(SupportsGet = true)] public ArrMovement? Show { get; set; }
    [BindProperty(SupportsGet = true)] public string? Key { get; set; }

    public RetentionPeriod Period { get; private set; } = null!;
    public IReadOnlyList<RetentionGroup> Groups { get; private set; } = [];
    public IReadOnlyDictionary<string, string> CsmNames { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<(int Id, string Name)> Shown { get; private set; } = [];
    public string ReportingCurrency => options.ReportingCurrency;

    public async Task OnGetAsync()
    {
        await LoadAsync();
        if (Show is { } movement && Enum.IsDefined(movement) && Groups.FirstOrDefault(g => g.Key == (Key ?? "")) is { } group)
        {
            var ids = group.Figures.AccountsWith(movement).ToList();
            Shown = (await db.Accounts.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Name }).ToListAsync())
                .OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase).Select(a => (a.Id, a.Name)).ToList();
        }
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        await LoadAsync();
        var csv = new StringBuilder("group,starting_arr,expansion,contraction,churned,ending_arr,grr,nrr,logos_at_start,logos_retained,logo_retention,currency,unconverted_accounts\n");
        foreach (var g in Groups)
        {
            var f = g.Figures;
            csv.AppendLine(string.Join(',', Csv(GroupName(g.Key)), N(f.StartingArr), N(f.Expansion), N(f.Contraction), N(f.Churned), N(f.EndingArr),
                N(f.Grr), N(f.Nrr), f.LogosAtStart, f.LogosRetained, N(f.LogoRetention), ReportingCurrency, g.Unconverted.Count));
        }

        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv", $"retention-{Period.From:yyyy-MM-dd}-{Period.To:yyyy-MM-dd}.csv");
    }

    /// <summary>Every renewal term due in the period, with its outcome and reason, as CSV.</summary>
    public async Task<IActionResult> OnGetRenewalsAsync()
    {
        await LoadAsync();
        var terms = await db.Renewals.AsNoTracking().Include(r => r.ReasonCode)
            .Where(r => r.DueDate >= Period.From && r.DueDate <= Period.To)
            .Join(db.Accounts, r => r.AccountId, a => a.Id, (r, a) => new { r, a.Name })
            .OrderBy(x => x.r.DueDate).ThenBy(x => x.Name).ToListAsync();
        var csv = new StringBuilder("account_id,account,due,term_start,arr_at_start,currency,outcome,new_arr,closed_on,reason_code,reason,forecast,forecast_arr,csm,notes\n");
        foreach (var (r, name) in terms.Select(x => (x.r, x.Name)))
        {
            csv.AppendLine(string.Join(',', r.AccountId, Csv(name), D(r.DueDate), D(r.TermStart), N(r.ArrAtStart), r.Currency, r.Outcome, N(r.NewArr),
                r.ClosedOn is { } c ? D(c) : "", Csv(r.ReasonCode?.Code ?? ""), Csv(r.ReasonCode?.Label ?? ""), r.Forecast, N(r.ForecastArr),
                Csv(r.CsmUserId is null ? "" : CsmNames.GetValueOrDefault(r.CsmUserId, r.CsmUserId)), Csv(r.Notes ?? "")));
        }

        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv", $"renewals-{Period.From:yyyy-MM-dd}-{Period.To:yyyy-MM-dd}.csv");
    }

    private static string D(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task LoadAsync()
    {
        var quarter = RetentionPeriod.QuarterOf(TodayFrom(clock));
        var from = From ?? quarter.From;
        var to = To ?? quarter.To;
        // A reversed range is read the way it was surely meant rather than failing the page.
        Period = from <= to ? new RetentionPeriod(from, to) : new RetentionPeriod(to, from);
        By = Enum.IsDefined(By) ? By : RetentionGrouping.All;
        CsmNames = await CsmPeople.NamesAsync(db);
        Groups = await query.RunAsync(Period, By);
    }

    public string GroupName(string key) => By switch
    {
        RetentionGrouping.Csm => key.Length == 0 ? "—" : CsmNames.GetValueOrDefault(key, key),
        RetentionGrouping.All => "",
        _ => key,
    };

    public string? Link(string key, ArrMovement movement) => Url.Page("/Csm/Revenue/Index", null, new
    {
        from = Period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        to = Period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        by = By,
        show = movement,
        key,
    }, null, null, "accounts");

    private static string N(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";

    // Quotes a field when it needs them, and defuses a leading formula character for spreadsheets.
    private static string Csv(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
