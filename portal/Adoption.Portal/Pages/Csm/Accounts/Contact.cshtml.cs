namespace Adoption.Portal.Pages.Csm.Accounts;

/// <summary>One person at an account: edit, or remove (kept for history, sign-in ended).</summary>
public sealed class ContactModel(
    AdoptionDb db, TimeProvider clock, IValidator<ContactInput> validator, IStringLocalizer<ContactModel> localizer, IStringLocalizer<ContactInput> fieldText)
    : CsmPageModel
{
    [BindProperty]
    public ContactInput Input { get; set; } = new();

    public Contact Contact { get; private set; } = null!;
    public AccountHeader Header { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = ContactInput.From(Contact);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(Input);
        validation.AddToModelState(ModelState, nameof(Input));
        await ContactFields.CheckAgainstDatabaseAsync(db, Input, Contact.AccountId, id, ModelState, fieldText);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        ExpectVersion(db, Contact, Input.Version);
        Input.ApplyTo(Contact);
        var login = await db.Users.SingleOrDefaultAsync(u => u.ContactId == id);
        if (login is not null)
        {
            // The sign-in follows the person's address, language and time zone.
            login.Email = login.UserName = Contact.Email;
            login.NormalizedEmail = login.NormalizedUserName = Contact.Email.ToUpperInvariant();
            login.DisplayName = Contact.Name;
            login.Locale = Contact.Locale;
            login.TimeZone = Contact.TimeZone;
        }

        return await TrySaveAsync(db, localizer["Someone else changed this person in the meantime. Reload the page and try again."])
            ? Saved("/Csm/Accounts/People", new { id = Contact.AccountId }, localizer["Saved changes to {0}.", Contact.Name])
            : Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Contact.LeftAt ??= clock.GetUtcNow().UtcDateTime;
        if (await db.Users.SingleOrDefaultAsync(u => u.ContactId == id) is { } login)
        {
            login.LockoutEnabled = true;
            login.LockoutEnd = DateTimeOffset.MaxValue;
            // A new stamp ends their open sessions at the next check.
            login.SecurityStamp = Guid.NewGuid().ToString("N");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await db.Invitations.Where(i => i.AccountId == Contact.AccountId && i.Email == Contact.Email && i.AcceptedAt == null && i.ExpiresAt > now)
            .ForEachAsync(i => i.ExpiresAt = now);
        await db.SaveChangesAsync();
        return Saved("/Csm/Accounts/People", new { id = Contact.AccountId }, localizer["Removed {0} from the account.", Contact.Name]);
    }

    private async Task<bool> LoadAsync(int id)
    {
        var contact = await db.Contacts.Include(c => c.Account).SingleOrDefaultAsync(c => c.Id == id);
        if (contact is null)
        {
            return false;
        }

        Contact = contact;
        Header = new AccountHeader(contact.AccountId, contact.Account!.Name, AccountTab.People);
        return true;
    }
}
