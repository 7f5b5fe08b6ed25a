using Microsoft.AspNetCore.Identity;

namespace Adoption.Portal.Pages.Customer.Profile;

/// <summary>The signed-in person's language, time zone and email choices.</summary>
public sealed class IndexModel(
    AdoptionDb db, UserManager<PortalUser> users, SignInManager<PortalUser> signIn, TimeProvider clock,
    IValidator<IndexModel.InputModel> validator, IStringLocalizer<IndexModel> localizer) : CustomerPageModel
{
    public PortalUser Person { get; private set; } = null!;
    public Contact? Contact { get; private set; }
    /// <summary>The time zones, labelled with their offsets of today.</summary>
    public IReadOnlyList<TimeZones.Zone> TimeZoneChoices => TimeZones.At(clock.GetUtcNow());

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        var unsubscribed = Contact is null ? [] : await db.EmailPreferences.Where(p => p.ContactId == Contact.Id && !p.Subscribed).Select(p => p.Category).ToListAsync();
        Input = new InputModel
        {
            Locale = Locales.IsSupported(Person.Locale) ? Person.Locale! : CultureInfo.CurrentUICulture.Name,
            TimeZone = Person.TimeZone,
            Subscribed = Enum.GetValues<EmailCategory>().Except(unsubscribed).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var validation = await validator.ValidateAsync(Input);
        if (!validation.IsValid || !ModelState.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        Person.Locale = Input.Locale;
        Person.TimeZone = Input.TimeZone;
        if (Contact is not null)
        {
            // The contact's copy is what emails use; it follows the person's own choice.
            Contact.Locale = Input.Locale;
            Contact.TimeZone = Input.TimeZone;
            var preferences = await db.EmailPreferences.Where(p => p.ContactId == Contact.Id).ToListAsync();
            foreach (var category in Enum.GetValues<EmailCategory>())
            {
                var wanted = Input.Subscribed.Contains(category);
                var row = preferences.SingleOrDefault(p => p.Category == category);
                if (row is null)
                {
                    db.EmailPreferences.Add(new EmailPreference { ContactId = Contact.Id, Category = category, Subscribed = wanted, ChangedAt = now });
                }
                else if (row.Subscribed != wanted)
                {
                    row.Subscribed = wanted;
                    row.ChangedAt = now;
                }
            }
        }

        await db.SaveChangesAsync();
        // The language lives on the sign-in cookie; a fresh cookie makes the next page use it.
        await signIn.RefreshSignInAsync(Person);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Input.Locale);
        StatusMessage = localizer["Your profile is saved."];
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Person = await users.GetUserAsync(User) ?? throw new InvalidOperationException("A signed-in customer has a user row.");
        Contact = Person.ContactId is { } contactId
            ? await db.Contacts.SingleOrDefaultAsync(c => c.Id == contactId && c.AccountId == AccountId)
            : null;
    }

    public sealed class InputModel
    {
        public string Locale { get; set; } = Locales.Default;
        public string TimeZone { get; set; } = "UTC";
        public List<EmailCategory> Subscribed { get; set; } = [];
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer<IndexModel> localizer)
        {
            RuleFor(i => i.Locale).Must(Locales.IsSupported).WithMessage(_ => localizer["Choose one of the languages in the list."]);
            RuleFor(i => i.TimeZone).Must(TimeZones.IsKnown).WithMessage(_ => localizer["Choose one of the time zones in the list."]);
            RuleForEach(i => i.Subscribed).IsInEnum().WithMessage(_ => localizer["Choose from the email types in the list."]);
        }
    }
}
