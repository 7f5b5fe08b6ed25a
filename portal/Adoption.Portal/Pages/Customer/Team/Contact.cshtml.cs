using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Adoption.Portal.Pages.Customer.Team;

/// <summary>One contact's roles and whether they are still at the company. A champion or sponsor
/// who leaves raises a company risk for the CSM; anyone who leaves loses their sign-in.</summary>
[Authorize(Policy = Policies.CustomerAdmin)]
public sealed class ContactModel(
    AdoptionDb db, TimeProvider clock, IValidator<ContactModel.InputModel> validator, IStringLocalizer<ContactModel> localizer) : CustomerPageModel
{
    public Contact Contact { get; private set; } = null!;
    public PortalUser? Login { get; private set; }
    public bool IsSelf => Login is not null && Login.Id == User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var admins = await TeamMember.AdminUserIdsAsync(db, AccountId);
        Input = new InputModel
        {
            Role = Contact.Role, Left = Contact.LeftAt is not null, Version = Contact.Version,
            PortalRole = Login is not null && admins.Contains(Login.Id) ? Roles.CustomerAdmin : Roles.CustomerUser,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(Input);
        if (!validation.IsValid || !ModelState.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        if (IsSelf && (Input.Left || Input.PortalRole != Roles.CustomerAdmin))
        {
            // An admin who removes their own access could leave the account with no admin at all.
            ModelState.AddModelError(string.Empty, localizer["You cannot remove your own admin access or mark yourself as left; ask another admin."]);
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Entry(Contact).Property(c => c.Version).OriginalValue = Input.Version;
        var leaving = Input.Left && Contact.LeftAt is null;
        var keyRole = new[] { Contact.Role, Input.Role }.FirstOrDefault(r => r is ContactRole.Champion or ContactRole.ExecutiveSponsor);
        Contact.Role = Input.Role;
        Contact.LeftAt = Input.Left ? Contact.LeftAt ?? now : null;
        if (leaving && keyRole != ContactRole.User)
        {
            db.Risks.Add(new Risk
            {
                AccountId = AccountId, Category = RiskCategory.Company, RaisedAt = now,
                // Risks are the CSM's working list, written in the vendor's language like the rest of it.
                Title = $"{(keyRole == ContactRole.ExecutiveSponsor ? "Executive sponsor" : "Champion")} {Contact.Name} has left",
                Detail = $"Marked as left by {User.DisplayNameOf()} on the customer's team page.",
            });
        }

        if (Login is not null)
        {
            await ApplyAccessAsync(Login, Input.Left, Input.PortalRole);
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, localizer["Someone else changed this person in the meantime. Reload the page and try again."]);
            return Page();
        }

        StatusMessage = localizer["Saved changes to {0}.", Contact.Name];
        return RedirectToPage("Index");
    }

    // Changes go through the same DbContext as the contact, so roles, lock-out and risk save together.
    private async Task ApplyAccessAsync(PortalUser user, bool left, string portalRole)
    {
        var roles = await db.Roles.Where(r => r.Name == Roles.CustomerAdmin || r.Name == Roles.CustomerUser).ToDictionaryAsync(r => r.Name!, r => r.Id);
        var current = await db.UserRoles.Where(ur => ur.UserId == user.Id && roles.Values.Contains(ur.RoleId)).ToListAsync();
        if (current.Count != 1 || current[0].RoleId != roles[portalRole])
        {
            db.UserRoles.RemoveRange(current);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roles[portalRole] });
        }

        user.LockoutEnabled = true;
        user.LockoutEnd = left ? DateTimeOffset.MaxValue : null;
        // A new stamp ends the person's current sessions at the next check, with their new rights.
        user.SecurityStamp = Guid.NewGuid().ToString("N");
    }

    private async Task<bool> LoadAsync(int id)
    {
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == id && c.AccountId == AccountId);
        if (contact is null)
        {
            return false;
        }

        Contact = contact;
        Login = await db.Users.SingleOrDefaultAsync(u => u.ContactId == id && u.AccountId == AccountId);
        return true;
    }

    public sealed class InputModel
    {
        public ContactRole Role { get; set; }
        public string PortalRole { get; set; } = Roles.CustomerUser;
        public bool Left { get; set; }
        public int Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer<ContactModel> localizer)
        {
            RuleFor(i => i.Role).IsInEnum().WithMessage(_ => localizer["Choose one of the roles in the list."]);
            RuleFor(i => i.PortalRole).Must(r => r is Roles.CustomerUser or Roles.CustomerAdmin)
                .WithMessage(_ => localizer["Choose user or admin."]);
        }
    }
}
