namespace Adoption.Portal.Pages.Csm.Accounts;

/// <summary>Every fact of an account, and archiving it: an archived account leaves the portfolio and its people lose their sign-in.</summary>
public sealed class DetailsModel(
    AdoptionDb db, TimeProvider clock, IValidator<AccountInput> validator, IStringLocalizer<DetailsModel> localizer, IStringLocalizer<AccountInput> fieldText)
    : CsmPageModel
{
    [BindProperty]
    public AccountInput Input { get; set; } = new();

    public AccountHeader Header { get; private set; } = null!;
    public DateTime? ArchivedAt { get; private set; }
    public IReadOnlyDictionary<string, string> CsmNames { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id);
        if (account is null)
        {
            return NotFound();
        }

        Input = AccountInput.From(account);
        await ShowAsync(account.Id, account.Name, account.ArchivedAt);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == id);
        if (account is null)
        {
            return NotFound();
        }

        await ShowAsync(account.Id, account.Name, account.ArchivedAt);
        var validation = await validator.ValidateAsync(Input);
        validation.AddToModelState(ModelState, nameof(Input));
        await AccountFields.CheckAgainstDatabaseAsync(db, Input, id, CsmNames, ModelState, fieldText);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        ExpectVersion(db, account, Input.Version);
        Input.ApplyTo(account);
        return await TrySaveAsync(db, localizer["Someone else changed this account while you were editing. Reload the page to see their change."])
            ? Saved("/Csm/Accounts/Details", new { id }, localizer["Account saved."])
            : Page();
    }

    public async Task<IActionResult> OnPostArchiveAsync(int id) => await SetArchivedAsync(id, archive: true);

    public async Task<IActionResult> OnPostRestoreAsync(int id) => await SetArchivedAsync(id, archive: false);

    private async Task<IActionResult> SetArchivedAsync(int id, bool archive)
    {
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == id);
        if (account is null)
        {
            return NotFound();
        }

        account.ArchivedAt = archive ? account.ArchivedAt ?? clock.GetUtcNow().UtcDateTime : null;
        // The account's people sign in again on restore unless they have left the company.
        var people = await db.Users.Where(u => u.AccountId == id).ToListAsync();
        var left = await db.Contacts.Where(c => c.AccountId == id && c.LeftAt != null).Select(c => c.Id).ToListAsync();
        foreach (var user in people)
        {
            user.LockoutEnabled = true;
            user.LockoutEnd = archive || (user.ContactId is { } c && left.Contains(c)) ? DateTimeOffset.MaxValue : null;
            // A new stamp ends their open sessions at the next check.
            user.SecurityStamp = Guid.NewGuid().ToString("N");
        }

        await db.SaveChangesAsync();
        return Saved("/Csm/Accounts/Details", new { id }, archive ? localizer["{0} is archived.", account.Name] : localizer["{0} is back in the portfolio.", account.Name]);
    }

    private async Task ShowAsync(int id, string name, DateTime? archivedAt)
    {
        Header = new AccountHeader(id, name, AccountTab.Details);
        ArchivedAt = archivedAt;
        CsmNames = await CsmPeople.NamesAsync(db);
    }
}
