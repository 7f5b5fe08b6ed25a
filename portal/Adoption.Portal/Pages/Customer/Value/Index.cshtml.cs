using Adoption.Portal.Domain.Value;

namespace Adoption.Portal.Pages.Customer.Value;

/// <summary>
/// The value ledger: outcomes achieved with evidence and both sides' sign-off, the ROI statement and
/// value over time. Customer admins see entries awaiting their sign-off and sign them; everyone else
/// sees what both sides have agreed.
/// </summary>
public sealed class IndexModel(AdoptionDb db, TimeProvider clock, IValidator<SignOffInput> validator, IStringLocalizer<IndexModel> localizer)
    : CustomerPageModel
{
    public IReadOnlyList<ValueEntry> Entries { get; private set; } = [];
    public RoiStatement Roi { get; private set; } = null!;
    /// <summary>False while a negative statement waits for the CSM's review.</summary>
    public bool RoiShown { get; private set; }
    /// <summary>Agreed value accumulated by date, for the chart and its table.</summary>
    public IReadOnlyList<(DateOnly Date, string Outcome, decimal AnnualValue, decimal Cumulative)> OverTime { get; private set; } = [];
    public bool IsAdmin => User.IsInRole(Roles.CustomerAdmin);

    [BindProperty]
    public SignOffInput SignOff { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostSignOffAsync()
    {
        if (!IsAdmin)
        {
            return Forbid();
        }

        if (!(await validator.ValidateAsync(SignOff)).IsValid)
        {
            return BadRequest();
        }

        var entry = await db.ValueEntries.SingleOrDefaultAsync(v => v.Id == SignOff.EntryId && v.AccountId == AccountId && v.CustomerVisible);
        if (entry is null)
        {
            return NotFound();
        }

        db.Entry(entry).Property(v => v.Version).OriginalValue = SignOff.Version;
        var outcome = entry.SignOff(SignOffSide.Customer, User.DisplayNameOf(), clock.GetUtcNow().UtcDateTime);
        if (outcome == SignOffOutcome.SignedOff)
        {
            try
            {
                await db.SaveChangesAsync();
                StatusMessage = localizer["Signed off: {0}", entry.Outcome];
                return RedirectToPage();
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
            }
        }

        // Already signed (by a colleague in another tab) is a change by someone else too.
        ModelState.AddModelError(string.Empty, localizer["\"{0}\" was changed by someone else while you were looking. Check it and sign again if it is still right.", entry.Outcome]);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var account = await db.Accounts.AsNoTracking().Where(a => a.Id == AccountId).Select(a => new { a.Arr, a.Currency }).SingleAsync();
        var visible = await db.ValueEntries.AsNoTracking()
            .Where(v => v.AccountId == AccountId && v.CustomerVisible)
            .OrderByDescending(v => v.AchievedOn).ThenByDescending(v => v.Id)
            .ToListAsync();
        Entries = IsAdmin ? visible : visible.Where(v => v.FullySignedOff).ToList();
        Roi = RoiStatement.For(visible, account.Arr, account.Currency);
        RoiShown = (await Reviews.RoiGate.ForAsync(db, AccountId, Roi)).ShownToCustomer;

        var cumulative = 0m;
        OverTime = visible.Where(v => v.FullySignedOff).OrderBy(v => v.AchievedOn).ThenBy(v => v.Id)
            .Select(v => (v.AchievedOn, v.Outcome, v.AnnualValue, cumulative += v.AnnualValue))
            .ToList();
    }
}
