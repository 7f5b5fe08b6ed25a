using Adoption.Portal.AccessLinks;
using Adoption.Portal.Domain.Email;
using Adoption.Portal.Email;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Adoption.Portal.Pages.Csm.Staff;

/// <summary>The CS team: invite a CSM, make someone a CS operations admin or not, deactivate who has left.</summary>
[Authorize(Policy = Policies.CsOps)]
public sealed class IndexModel(
    AdoptionDb db, StaffUsers staff, UserManager<PortalUser> users, AccessLinkIssuer links, Outbox outbox, EmailTemplates templates,
    PortalLinks portal, TimeProvider clock, IValidator<IndexModel.InviteInput> validator, IStringLocalizer<IndexModel> localizer) : CsmPageModel
{
    public IReadOnlyList<StaffMember> Members { get; private set; } = [];

    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public async Task OnGetAsync() => Members = await StaffMember.AllAsync(db);

    public async Task<IActionResult> OnPostInviteAsync()
    {
        var validation = await validator.ValidateAsync(Input);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            Members = await StaffMember.AllAsync(db);
            return Page();
        }

        var roles = Input.Ops ? new[] { Roles.Csm, Roles.CsOps } : [Roles.Csm];
        var created = await staff.CreateAsync(Input.Email, Input.Name, roles, AccessLinkIssuer.StaffInvitationLifetime);
        if (created is null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Email)}", localizer["This address already has a sign-in to the portal."]);
            Members = await StaffMember.AllAsync(db);
            return Page();
        }

        var expires = clock.GetUtcNow().UtcDateTime + AccessLinkIssuer.StaffInvitationLifetime;
        var mail = templates.Render("staff-invitation", CultureInfo.CurrentUICulture.Name, new Dictionary<string, string>
        {
            ["name"] = created.User.DisplayName, ["inviter"] = User.DisplayNameOf(),
            ["link"] = portal.Absolute(AccessLinkIssuer.PasswordPath(created.Token)), ["expires"] = expires.ToString("d", CultureInfo.CurrentCulture),
        });
        outbox.Add(new EmailMessage { To = created.User.Email!, Subject = mail.Subject, TextBody = mail.Text, HtmlBody = mail.Html });
        await db.SaveChangesAsync();
        return Saved("/Csm/Staff/Index", null, localizer["Invitation sent to {0}.", created.User.Email!]);
    }

    public async Task<IActionResult> OnPostRoleAsync(string id, bool ops)
    {
        if (await FindAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (user.Id == UserId && !ops)
        {
            // Whoever removes their own admin rights could leave the team with no admin at all.
            return Saved("/Csm/Staff/Index", null, localizer["Error: you cannot remove your own admin rights; ask another admin."]);
        }

        var result = ops ? await users.AddToRoleAsync(user, Roles.CsOps) : await users.RemoveFromRoleAsync(user, Roles.CsOps);
        // Already in (or out of) the role is fine: the page may be out of date.
        _ = result;
        // A new stamp makes the person's sessions pick up their new rights at the next check.
        await users.UpdateSecurityStampAsync(user);
        return Saved("/Csm/Staff/Index", null, localizer["Saved the role of {0}.", user.DisplayName]);
    }

    public async Task<IActionResult> OnPostDeactivateAsync(string id)
    {
        if (await FindAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (user.Id == UserId)
        {
            return Saved("/Csm/Staff/Index", null, localizer["Error: you cannot deactivate yourself; ask another admin."]);
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        // The stamp change is what ends the person's open sessions.
        await users.UpdateSecurityStampAsync(user);
        await links.RevokeAsync(user.Id, AccessLinkPurpose.SetPassword);
        await links.RevokeAsync(user.Id, AccessLinkPurpose.ResetPassword);
        return Saved("/Csm/Staff/Index", null, localizer["{0} is deactivated and signed out.", user.DisplayName]);
    }

    public async Task<IActionResult> OnPostReactivateAsync(string id)
    {
        if (await FindAsync(id) is not { } user)
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return Saved("/Csm/Staff/Index", null, localizer["{0} can sign in again.", user.DisplayName]);
    }

    /// <summary>Only staff: this page never reaches a customer's sign-in.</summary>
    private async Task<PortalUser?> FindAsync(string? id)
    {
        var csm = await db.Roles.Where(r => r.Name == Roles.Csm).Select(r => r.Id).SingleOrDefaultAsync();
        return id is null ? null : await db.Users.SingleOrDefaultAsync(u => u.Id == id && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == csm));
    }

    public sealed class InviteInput
    {
        public string Name { get; set; } = "";
        public string Email { get; set; } = "";
        /// <summary>Also a CS operations admin (staff, settings, keys, programs).</summary>
        public bool Ops { get; set; }
    }

    public sealed class Validator : AbstractValidator<InviteInput>
    {
        public Validator(IStringLocalizer<IndexModel> localizer)
        {
            RuleFor(i => i.Name).NotEmpty().WithMessage(_ => localizer["Enter the person's name."])
                .MaximumLength(200).WithMessage(_ => localizer["Keep the name under 200 characters."]);
            RuleFor(i => i.Email).Must(StaffUsers.IsEmail).WithMessage(_ => localizer["Enter an email address like name@example.com."]);
        }
    }
}
