using Adoption.Portal.Data;
using Adoption.Portal.Domain.Value;
using Adoption.Portal.Identity;
using Adoption.Portal.Web;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Adoption.Portal.Pages.Csm.Value;

/// <summary>One value entry: its figures and evidence, and the CSM's sign-off.</summary>
public sealed class EntryModel(AdoptionDb db, TimeProvider clock, IValidator<ValueInput> validator, IStringLocalizer<EntryModel> localizer)
    : CsmPageModel
{
    [BindProperty] public ValueInput Input { get; set; } = new();

    public ValueEntry Entry { get; private set; } = null!;
    public string AccountName { get; private set; } = "";
    public string Currency { get; private set; } = "";
    public IReadOnlyList<(int Id, string Title)> Objectives { get; private set; } = [];

    private string Conflict => localizer["Someone else changed this entry while you were editing. Reload the page to see their change."];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = ValueInput.From(Entry);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var entry = await db.ValueEntries.SingleOrDefaultAsync(v => v.Id == id);
        if (entry is null || !await LoadAsync(id))
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(Input);
        if (Input.ObjectiveId is { } objective && Objectives.All(o => o.Id != objective))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.ObjectiveId)}", localizer["Choose one of this account's objectives."]);
        }

        if (validation.IsValid && ModelState.IsValid)
        {
            ExpectVersion(db, entry, Input.Version);
            var withdrawn = Input.ApplyTo(entry);
            if (await TrySaveAsync(db, Conflict))
            {
                return Saved($"/csm/value/{id}", withdrawn ? localizer["Entry saved. The figures changed, so both sign-offs were withdrawn."] : localizer["Entry saved."]);
            }
        }

        validation.AddToModelState(ModelState, nameof(Input));
        return Page();
    }

    public async Task<IActionResult> OnPostSignOffAsync(int id)
    {
        var entry = await db.ValueEntries.SingleOrDefaultAsync(v => v.Id == id);
        if (entry is null || !await LoadAsync(id))
        {
            return NotFound();
        }

        ExpectVersion(db, entry, Input.Version);
        // The same rule as the customer's side: a sign-off stands as first given.
        entry.SignOff(SignOffSide.Vendor, User.DisplayNameOf(), clock.GetUtcNow().UtcDateTime);
        if (await TrySaveAsync(db, Conflict))
        {
            return Saved($"/csm/value/{id}", localizer["Signed off."]);
        }

        Input = ValueInput.From(Entry);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (await db.ValueEntries.Where(v => v.Id == id && v.Version == Input.Version).ExecuteDeleteAsync() == 1)
        {
            return Saved($"/csm/accounts/{Entry.AccountId}/value", localizer["Entry deleted."]);
        }

        ModelState.AddModelError(string.Empty, Conflict);
        Input = ValueInput.From(Entry);
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var entry = await db.ValueEntries.AsNoTracking().SingleOrDefaultAsync(v => v.Id == id);
        if (entry is null)
        {
            return false;
        }

        Entry = entry;
        var account = await db.Accounts.AsNoTracking().Where(a => a.Id == entry.AccountId).Select(a => new { a.Name, a.Currency }).SingleAsync();
        (AccountName, Currency) = (account.Name, account.Currency);
        Objectives = await ObjectiveChoices.ForAccountAsync(db, entry.AccountId);
        return true;
    }
}
