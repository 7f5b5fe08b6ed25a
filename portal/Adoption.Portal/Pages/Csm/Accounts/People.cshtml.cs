namespace Adoption.Portal.Pages.Csm.Accounts;

/// <summary>An account's people: add them with their roles, language and time zone, and invite them (the first admin above all).</summary>
public sealed class PeopleModel(
    AdoptionDb db, CustomerInvitations invitations, TimeProvider clock, IValidator<ContactInput> validator,
    IStringLocalizer<PeopleModel> localizer, IStringLocalizer<ContactInput> fieldText) : CsmPageModel
{
    public sealed record Person(Contact Contact, bool HasSignIn, bool Invited);

    [BindProperty]
    public ContactInput Input { get; set; } = new();

    public AccountHeader Header { get; private set; } = null!;
    public IReadOnlyList<Person> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is not { } account)
        {
            return NotFound();
        }

        Input.Locale = account.Language;
        Input.TimeZone = account.TimeZone;
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(int id)
    {
        if (await LoadAsync(id) is not { } account)
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(Input);
        validation.AddToModelState(ModelState, nameof(Input));
        await ContactFields.CheckAgainstDatabaseAsync(db, Input, id, null, ModelState, fieldText);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var contact = new Contact { AccountId = account.Id, Email = "", Name = "", CreatedAt = clock.GetUtcNow().UtcDateTime };
        Input.ApplyTo(contact);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync();
        return Saved("/Csm/Accounts/People", new { id }, localizer["Added {0}.", contact.Name]);
    }

    public async Task<IActionResult> OnPostInviteAsync(int id, int contactId, bool asAdmin)
    {
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == id);
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == contactId && c.AccountId == id && c.LeftAt == null);
        if (account is null || contact is null)
        {
            return NotFound();
        }

        var normalized = contact.Email.ToUpperInvariant();
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized))
        {
            return Saved("/Csm/Accounts/People", new { id }, localizer["Error: {0} already has a sign-in to the portal.", contact.Email]);
        }

        await invitations.InviteAsync(account, contact, asAdmin, UserId, User.DisplayNameOf());
        await db.SaveChangesAsync();
        return Saved("/Csm/Accounts/People", new { id }, localizer["Invitation sent to {0}.", contact.Email]);
    }

    private async Task<Account?> LoadAsync(int id)
    {
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id);
        if (account is null)
        {
            return null;
        }

        Header = new AccountHeader(id, account.Name, AccountTab.People);
        var now = clock.GetUtcNow().UtcDateTime;
        People = await db.Contacts.AsNoTracking().Where(c => c.AccountId == id).OrderBy(c => c.LeftAt != null).ThenBy(c => c.Name)
            .Select(c => new Person(c, db.Users.Any(u => u.ContactId == c.Id),
                db.Invitations.Any(i => i.AccountId == id && i.Email == c.Email && i.AcceptedAt == null && i.ExpiresAt > now)))
            .ToListAsync();
        return account;
    }
}
