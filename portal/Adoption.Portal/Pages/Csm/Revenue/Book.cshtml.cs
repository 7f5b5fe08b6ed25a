using Adoption.Portal.Revenue;

namespace Adoption.Portal.Pages.Csm.Revenue;

/// <summary>
/// A CSM's book of business. A CSM sees their own; CS operations (the managers) pick anyone's or
/// everyone's. Asking for another CSM's book without being a manager is forbidden, not quietly redirected.
/// </summary>
public sealed class BookModel(AdoptionDb db, BookOfBusiness books, RevenueOptions options, TimeProvider clock) : CsmPageModel
{
    public const string Everyone = "all";

    [BindProperty(SupportsGet = true)] public string? Csm { get; set; }

    public Book Book { get; private set; } = null!;
    public IReadOnlyDictionary<string, string> CsmNames { get; private set; } = new Dictionary<string, string>();
    public bool IsManager { get; private set; }
    public string? Showing { get; private set; }
    public string ReportingCurrency => options.ReportingCurrency;

    public async Task<IActionResult> OnGetAsync()
    {
        IsManager = User.IsInRole(Roles.CsOps);
        var wanted = string.IsNullOrWhiteSpace(Csm) ? UserId : Csm;
        if (wanted != UserId && !IsManager)
        {
            return Forbid();
        }

        CsmNames = await CsmPeople.NamesAsync(db);
        Showing = wanted == Everyone ? null : wanted;
        Book = await books.ForAsync(Showing, TodayFrom(clock));
        return Page();
    }

    public string Title => Showing is null ? "" : CsmNames.GetValueOrDefault(Showing, "");
}
