using Adoption.Portal.Domain.Value;
using Adoption.Portal.Pages.Csm.Value;

namespace Adoption.Portal.Pages.Csm.Accounts;

/// <summary>The account's value ledger: outcomes achieved, who signed them off, and a form to record more.</summary>
public sealed class ValueModel(AdoptionDb db, TimeProvider clock, IValidator<ValueInput> validator, IStringLocalizer<ValueModel> localizer)
    : CsmPageModel
{
    [BindProperty] public ValueInput NewEntry { get; set; } = new();

    public Account Account { get; private set; } = null!;
    public IReadOnlyList<ValueEntry> Entries { get; private set; } = [];
    public IReadOnlyList<(int Id, string Title)> Objectives { get; private set; } = [];
    /// <summary>The ROI statement exactly as the customer's value page computes it, and whether they see it.</summary>
    public Reviews.RoiVisibility Roi { get; private set; } = null!;

    /// <summary>The CSM has gone through a negative ROI statement: the customer sees it from now on, until its figures change.</summary>
    public async Task<IActionResult> OnPostReviewRoiAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Roi.Negative && Roi.Review is null)
        {
            var name = await db.Users.Where(u => u.Id == UserId).Select(u => u.DisplayName).SingleAsync();
            db.RoiReviews.Add(new Reviews.RoiReview
            {
                AccountId = id, AnnualValue = Roi.Statement.AnnualValue, Arr = Roi.Statement.Arr, ReviewedAt = clock.GetUtcNow().UtcDateTime, ReviewedBy = name,
            });
            await db.SaveChangesAsync();
        }

        return Saved("/Csm/Accounts/Value", new { id }, localizer["ROI statement reviewed: the customer sees it on their value page."]);
    }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        NewEntry.AchievedOn = TodayFrom(clock);
        return await LoadAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(NewEntry);
        if (NewEntry.ObjectiveId is { } objective && Objectives.All(o => o.Id != objective))
        {
            ModelState.AddModelError($"{nameof(NewEntry)}.{nameof(NewEntry.ObjectiveId)}", localizer["Choose one of this account's objectives."]);
        }

        if (!validation.IsValid || !ModelState.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(NewEntry));
            return Page();
        }

        var entry = new ValueEntry { AccountId = id, Outcome = "" };
        NewEntry.ApplyTo(entry);
        db.ValueEntries.Add(entry);
        await db.SaveChangesAsync();
        return Saved("/Csm/Accounts/Value", new { id }, localizer["Value entry recorded. Sign it off once the customer agrees the figures."]);
    }

    private async Task<bool> LoadAsync(int id)
    {
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id);
        if (account is null)
        {
            return false;
        }

        Account = account;
        Entries = await db.ValueEntries.AsNoTracking().Where(v => v.AccountId == id).OrderByDescending(v => v.AchievedOn).ToListAsync();
        Objectives = await ObjectiveChoices.ForAccountAsync(db, id);
        Roi = await Reviews.RoiGate.ForAccountAsync(db, id);
        return true;
    }
}
