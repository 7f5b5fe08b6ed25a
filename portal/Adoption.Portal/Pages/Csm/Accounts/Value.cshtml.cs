using Adoption.Portal.Data;
using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Domain.Value;
using Adoption.Portal.Pages.Csm.Value;
using Adoption.Portal.Web;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Adoption.Portal.Pages.Csm.Accounts;

/// <summary>The account's value ledger: outcomes achieved, who signed them off, and a form to record more.</summary>
public sealed class ValueModel(AdoptionDb db, TimeProvider clock, IValidator<ValueInput> validator, IStringLocalizer<ValueModel> localizer)
    : CsmPageModel
{
    [BindProperty] public ValueInput NewEntry { get; set; } = new();

    public Account Account { get; private set; } = null!;
    public IReadOnlyList<ValueEntry> Entries { get; private set; } = [];
    public IReadOnlyList<(int Id, string Title)> Objectives { get; private set; } = [];

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
        return true;
    }
}
