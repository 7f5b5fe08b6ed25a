using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Adoption.Portal.Pages.Invitations;

/// <summary>Where an invitation link lands: the invitee chooses a password and is signed in.
/// A link works once and until it expires.</summary>
[AllowAnonymous]
public sealed class AcceptModel(
    AdoptionDb db, UserManager<PortalUser> users, SignInManager<PortalUser> signIn, TimeProvider clock,
    IValidator<AcceptModel.InputModel> validator, IStringLocalizer<AcceptModel> localizer) : PageModel
{
    public Invitation? Invitation { get; private set; }
    public string AccountName { get; private set; } = "";
    /// <summary>Why the link cannot be used, when it cannot.</summary>
    public string? Problem { get; private set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string token)
    {
        if (!await LoadAsync(token))
        {
            return Page();
        }

        Input.Name = Invitation!.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (!await LoadAsync(token))
        {
            return Page();
        }

        var validation = await validator.ValidateAsync(Input);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var invitation = Invitation!;
        PortalUser? user = null;
        IdentityResult? refused = null;
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var now = clock.GetUtcNow().UtcDateTime;
            // Single use even under a double click: only one request can flip AcceptedAt.
            var claimed = await db.Invitations
                .Where(i => i.Id == invitation.Id && i.AcceptedAt == null && i.ExpiresAt > now)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAt, now));
            if (claimed == 0)
            {
                return;
            }

            var contact = await db.Contacts.SingleOrDefaultAsync(c => c.AccountId == invitation.AccountId && c.Email == invitation.Email)
                ?? db.Contacts.Add(new Contact { AccountId = invitation.AccountId, Email = invitation.Email, Name = "", CreatedAt = now }).Entity;
            contact.Name = Input.Name.Trim();
            contact.LeftAt = null;
            // A new person starts in their browser's time zone, else the one their colleagues use.
            if (contact.Id == 0 || contact.TimeZone == "UTC")
            {
                var (locale, zone) = await InviteeDefaults.ForAsync(db, invitation.AccountId, invitation.Email);
                contact.TimeZone = KnownZone(Input.TimeZone) ?? zone ?? contact.TimeZone;
                if (contact.Id == 0 && locale is not null)
                {
                    contact.Locale = locale;
                }
            }

            await db.SaveChangesAsync();

            user = new PortalUser
            {
                UserName = invitation.Email, Email = invitation.Email, EmailConfirmed = true, DisplayName = contact.Name,
                AccountId = invitation.AccountId, ContactId = contact.Id, Locale = contact.Locale, TimeZone = contact.TimeZone,
            };
            var created = await users.CreateAsync(user, Input.Password);
            var result = created.Succeeded ? await users.AddToRoleAsync(user, invitation.AsAdmin ? Roles.CustomerAdmin : Roles.CustomerUser) : created;
            if (!result.Succeeded)
            {
                refused = result;
                user = null;
                return;
            }

            await transaction.CommitAsync();
        });

        if (refused is not null)
        {
            foreach (var error in refused.Errors)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Password)}", error.Description);
            }

            return Page();
        }

        if (user is null)
        {
            Problem = localizer["This invitation has already been used or has expired. Ask your admin for a new one."];
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return RedirectToPage("/Index");
    }

    private async Task<bool> LoadAsync(string token)
    {
        var hash = InvitationTokens.Hash(token);
        Invitation = await db.Invitations.AsNoTracking().SingleOrDefaultAsync(i => i.TokenHash == hash);
        if (Invitation is null)
        {
            Problem = localizer["This invitation link is not valid. Check that you copied the whole link from the email."];
            Response.StatusCode = StatusCodes.Status404NotFound;
            return false;
        }

        AccountName = await db.Accounts.Where(a => a.Id == Invitation.AccountId).Select(a => a.Name).SingleAsync();
        if (Invitation.AcceptedAt is not null || Invitation.ExpiresAt <= clock.GetUtcNow().UtcDateTime)
        {
            Problem = localizer["This invitation has already been used or has expired. Ask your admin for a new one."];
            Response.StatusCode = StatusCodes.Status410Gone;
            return false;
        }

        return true;
    }

    public sealed class InputModel
    {
        public string Name { get; set; } = "";
        public string Password { get; set; } = "";
        public string ConfirmPassword { get; set; } = "";
        /// <summary>The browser's IANA time zone, filled in by the page's script; empty without it.</summary>
        public string? TimeZone { get; set; }
    }

    private static string? KnownZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Length <= 64 && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _) ? id : null;

    /// <summary>The portal's password rules (see IdentityExtensions), said in the person's language.</summary>
    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer<AcceptModel> localizer, Adoption.Portal.Security.Passwords.PasswordPolicy policy)
        {
            RuleFor(i => i.Name).NotEmpty().WithMessage(_ => localizer["Enter your name."])
                .MaximumLength(200).WithMessage(_ => localizer["Keep the name under 200 characters."]);
            RuleFor(i => i.Password).NotEmpty().WithMessage(_ => localizer["Choose a password."])
                .Must(Adoption.Portal.Security.Passwords.PasswordPolicy.IsValidLength).WithMessage(_ => policy.LengthMessage)
                .Must(p => !Adoption.Portal.Security.Passwords.PasswordPolicy.IsCommon(p)).WithMessage(_ => policy.CommonMessage);
            RuleFor(i => i.ConfirmPassword).Equal(i => i.Password).WithMessage(_ => localizer["The two passwords are not the same."]);
        }
    }
}
