using Adoption.Portal.AccessLinks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Adoption.Portal.Pages.Password;

/// <summary>Where a set-password or reset link lands: the person chooses a password, once, before the link expires.</summary>
[AllowAnonymous]
public sealed class ResetModel(
    AdoptionDb db, AccessLinkIssuer links, UserManager<PortalUser> users,
    IValidator<ResetModel.InputModel> validator, IStringLocalizer<ResetModel> localizer) : PageModel
{
    public string Email { get; private set; } = "";
    public string? Problem { get; private set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string token)
    {
        await LoadAsync(token);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        var link = await LoadAsync(token);
        if (link is null)
        {
            return Page();
        }

        var validation = await validator.ValidateAsync(Input);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        IdentityResult? result = null;
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync();
            if (!await links.SpendAsync(link))
            {
                result = null;
                return;
            }

            var user = await users.FindByIdAsync(link.UserId);
            if (user is null)
            {
                return;
            }

            // Through UserManager so the password rules apply and the security stamp changes:
            // every session signed in with the old password ends.
            result = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), Input.Password);
            if (result.Succeeded && user.LockoutEnd is { } end && end < DateTimeOffset.MaxValue)
            {
                // Whoever proved they read the mailbox may try again at once after too many failed sign-ins.
                await users.SetLockoutEndDateAsync(user, null);
                await users.ResetAccessFailedCountAsync(user);
            }

            if (result.Succeeded)
            {
                await transaction.CommitAsync();
            }
        });

        if (result is null)
        {
            Problem = localizer["This link has already been used or has expired. Ask for a new one."];
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Password)}", error.Description);
            }

            return Page();
        }

        return RedirectToPage("Changed");
    }

    private async Task<AccessLink?> LoadAsync(string token)
    {
        var link = await links.FindUsableAsync(token, AccessLinkPurpose.SetPassword, AccessLinkPurpose.ResetPassword);
        var user = link is null ? null : await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == link.UserId);
        if (link is null || user is null || user.LockoutEnd == DateTimeOffset.MaxValue)
        {
            // Unknown, spent, expired or deactivated look the same: nothing here tells a guesser which.
            Problem = localizer["This link has already been used or has expired. Ask for a new one."];
            Response.StatusCode = StatusCodes.Status410Gone;
            return null;
        }

        Email = user.Email ?? "";
        return link;
    }

    public sealed class InputModel
    {
        public string Password { get; set; } = "";
        public string ConfirmPassword { get; set; } = "";
    }

    /// <summary>The portal's password rules (see IdentityExtensions), said in the person's language.</summary>
    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer<ResetModel> localizer)
        {
            RuleFor(i => i.Password).NotEmpty().WithMessage(_ => localizer["Choose a password."])
                .MinimumLength(10).WithMessage(_ => localizer["Use at least 10 characters."])
                .Must(p => p.Any(char.IsDigit) && p.Any(char.IsLower) && p.Any(char.IsUpper))
                .WithMessage(_ => localizer["Use at least one digit, one lowercase and one uppercase letter."]);
            RuleFor(i => i.ConfirmPassword).Equal(i => i.Password).WithMessage(_ => localizer["The two passwords are not the same."]);
        }
    }
}
