using Adoption.Portal.Domain.Value;

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

        if (Input.ObjectiveId is { } objective && Objectives.All(o => o.Id != objective))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.ObjectiveId)}", localizer["Choose one of this account's objectives."]);
        }

        var withdrawn = false;
        return await SaveEditAsync(db, entry, Input.Version, validator, Input, nameof(Input),
            () => withdrawn = Input.ApplyTo(entry),
            () => new Saving("/Csm/Value/Entry", new { id }, withdrawn ? localizer["Entry saved. The figures changed, so both sign-offs were withdrawn."] : localizer["Entry saved."]),
            Conflict);
    }

    public async Task<IActionResult> OnPostSignOffAsync(int id)
    {
        var entry = await db.ValueEntries.SingleOrDefaultAsync(v => v.Id == id);
        if (entry is null || !await LoadAsync(id))
        {
            return NotFound();
        }

        // The same rule as the customer's side: a sign-off stands as first given.
        return await SaveEditAsync<ValueEntry, ValueInput>(db, entry, Input.Version, null, Input, nameof(Input),
            () => entry.SignOff(SignOffSide.Vendor, User.DisplayNameOf(), clock.GetUtcNow().UtcDateTime),
            () => new Saving("/Csm/Value/Entry", new { id }, localizer["Signed off."]), Conflict,
            showAgain: () => Input = ValueInput.From(Entry));
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        return await DeleteIfUnchangedAsync(
            async () => await db.ValueEntries.Where(v => v.Id == id && v.Version == Input.Version).ExecuteDeleteAsync() == 1,
            new Saving("/Csm/Accounts/Value", new { id = Entry.AccountId }, localizer["Entry deleted."]), Conflict,
            () => Input = ValueInput.From(Entry));
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
