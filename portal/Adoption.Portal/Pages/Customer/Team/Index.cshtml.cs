using Adoption.Portal.Domain.Email;
using Adoption.Portal.Email;
using Adoption.Portal.Pages.Invitations;
using Microsoft.AspNetCore.Authorization;

namespace Adoption.Portal.Pages.Customer.Team;

/// <summary>The account's people: who has a sign-in, who is invited, who has left; and inviting colleagues.</summary>
[Authorize(Policy = Policies.CustomerAdmin)]
public sealed class IndexModel(
    AdoptionDb db, Outbox outbox, EmailTemplates templates, PortalLinks links, TimeProvider clock,
    IValidator<IndexModel.InviteInput> validator, IStringLocalizer<IndexModel> localizer) : CustomerPageModel
{
    public IReadOnlyList<TeamMember> Members { get; private set; } = [];
    public IReadOnlyList<Invitation> Pending { get; private set; } = [];

    [BindProperty]
    public InviteInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync()
    {
        Input.Locale = CultureInfo.CurrentUICulture.Name;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostInviteAsync()
    {
        var validation = await validator.ValidateAsync(Input);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            await LoadAsync();
            return Page();
        }

        var email = Input.Email.Trim();
        var normalized = email.ToUpperInvariant();
        // Only this account's own sign-ins are named: whether an address signs in at another company or
        // on the vendor's staff is not this admin's to learn. Such an invitation is sent like any other,
        // and accepting it is refused to the address's owner alone.
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized && u.AccountId == AccountId))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Email)}", localizer["This person already has a sign-in to the portal."]);
            await LoadAsync();
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var account = await db.Accounts.SingleAsync(a => a.Id == AccountId);
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.AccountId == AccountId && c.Email == email);
        if (contact is null)
        {
            contact = new Contact { AccountId = AccountId, Email = email, Name = Input.Name.Trim(), Locale = Input.Locale, CreatedAt = now };
            db.Contacts.Add(contact);
        }
        else
        {
            contact.Locale = Input.Locale;
        }

        // A new invitation replaces any earlier one to the same address: only the latest link works.
        await db.Invitations.Where(i => i.AccountId == AccountId && i.Email == email && i.AcceptedAt == null && i.ExpiresAt > now)
            .ForEachAsync(i => i.ExpiresAt = now);

        var (token, hash) = InvitationTokens.Create();
        var invitation = new Invitation
        {
            AccountId = AccountId, Email = email, Name = Input.Name.Trim(), AsAdmin = Input.AsAdmin, TokenHash = hash,
            InvitedByUserId = User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value,
            CreatedAt = now, ExpiresAt = now + InvitationTokens.Lifetime,
        };
        db.Invitations.Add(invitation);

        var culture = CultureInfo.GetCultureInfo(Input.Locale);
        var mail = templates.Render("invitation", Input.Locale, new Dictionary<string, string>
        {
            ["name"] = invitation.Name, ["inviter"] = User.DisplayNameOf(), ["account"] = account.Name,
            ["link"] = links.Absolute(InvitationTokens.PathFor(token)), ["expires"] = invitation.ExpiresAt.ToString("d", culture),
        });
        outbox.Add(new EmailMessage
        {
            AccountId = AccountId, To = email, Subject = mail.Subject, TextBody = mail.Text, HtmlBody = mail.Html,
        });
        await db.SaveChangesAsync();

        StatusMessage = localizer["Invitation sent to {0}.", email];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCancelAsync(int id)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == id && i.AccountId == AccountId && i.AcceptedAt == null);
        if (invitation is null)
        {
            return NotFound();
        }

        invitation.ExpiresAt = now < invitation.ExpiresAt ? now : invitation.ExpiresAt;
        await db.SaveChangesAsync();
        StatusMessage = localizer["Invitation to {0} cancelled.", invitation.Email];
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Members = await TeamMember.ListAsync(db, AccountId, now);
        Pending = await db.Invitations.AsNoTracking()
            .Where(i => i.AccountId == AccountId && i.AcceptedAt == null && i.ExpiresAt > now)
            .OrderBy(i => i.CreatedAt).ToListAsync();
    }

    public sealed class InviteInput
    {
        public string Name { get; set; } = "";
        public string Email { get; set; } = "";
        public string Locale { get; set; } = Locales.Default;
        public bool AsAdmin { get; set; }
    }

    public sealed class InviteValidator : AbstractValidator<InviteInput>
    {
        public InviteValidator(IStringLocalizer<IndexModel> localizer)
        {
            RuleFor(i => i.Name).NotEmpty().WithMessage(_ => localizer["Enter the person's name."])
                .MaximumLength(200).WithMessage(_ => localizer["Keep the name under 200 characters."]);
            RuleFor(i => i.Email).NotEmpty().WithMessage(_ => localizer["Enter an email address."])
                .EmailAddress().WithMessage(_ => localizer["Enter an email address like name@example.com."])
                .MaximumLength(256).WithMessage(_ => localizer["Keep the email address under 256 characters."]);
            RuleFor(i => i.Locale).Must(Locales.IsSupported).WithMessage(_ => localizer["Choose one of the languages in the list."]);
        }
    }
}
