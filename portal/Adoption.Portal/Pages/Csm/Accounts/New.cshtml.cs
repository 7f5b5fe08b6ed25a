namespace Adoption.Portal.Pages.Csm.Accounts;

/// <summary>A new customer account, typed in (many at once come from the CSV import).</summary>
public sealed class NewModel(
    AdoptionDb db, TimeProvider clock, IValidator<AccountInput> validator, IStringLocalizer<NewModel> localizer, IStringLocalizer<AccountInput> fieldText)
    : CsmPageModel
{
    [BindProperty]
    public AccountInput Input { get; set; } = new();

    public IReadOnlyDictionary<string, string> CsmNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync()
    {
        CsmNames = await CsmPeople.NamesAsync(db);
        Input.RenewalDate = TodayFrom(clock).AddYears(1);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        CsmNames = await CsmPeople.NamesAsync(db);
        var validation = await validator.ValidateAsync(Input);
        validation.AddToModelState(ModelState, nameof(Input));
        await AccountFields.CheckAgainstDatabaseAsync(db, Input, null, CsmNames, ModelState, fieldText);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var account = new Account { Name = "", CreatedAt = clock.GetUtcNow().UtcDateTime };
        Input.ApplyTo(account);
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
        return Saved("/Csm/Accounts/People", new { id = account.Id }, localizer["Created {0}. Add its people next.", account.Name]);
    }
}
