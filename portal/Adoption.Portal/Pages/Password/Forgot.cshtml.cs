using Adoption.Portal.AccessLinks;
using Adoption.Portal.Domain.Email;
using Adoption.Portal.Email;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Adoption.Portal.Pages.Password;

/// <summary>"Forgot your password?": a reset link by email, through the outbox.</summary>
[AllowAnonymous]
public sealed class ForgotModel(
    AdoptionDb db, UserManager<PortalUser> users, AccessLinkIssuer links, Outbox outbox, EmailTemplates templates, PortalLinks portal,
    IValidator<ForgotModel.InputModel> validator, IStringLocalizer<ForgotModel> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var validation = await validator.ValidateAsync(Input);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        // Deactivated people get no link: the answer below is the same, so nobody learns which addresses exist.
        if (user is { Email: { } email } && user.LockoutEnd != DateTimeOffset.MaxValue)
        {
            await links.RevokeAsync(user.Id, AccessLinkPurpose.ResetPassword);
            var token = links.Issue(user.Id, AccessLinkPurpose.ResetPassword, AccessLinkIssuer.ResetLifetime);
            var locale = user.Locale ?? CultureInfo.CurrentUICulture.Name;
            var mail = templates.Render("password-reset", locale, new Dictionary<string, string>
            {
                ["name"] = user.DisplayName, ["link"] = portal.Absolute(AccessLinkIssuer.PasswordPath(token)),
                ["minutes"] = AccessLinkIssuer.ResetLifetime.TotalMinutes.ToString("0", CultureInfo.InvariantCulture),
            });
            outbox.Add(new EmailMessage { AccountId = user.AccountId, To = email, Subject = mail.Subject, TextBody = mail.Text, HtmlBody = mail.Html });
            await db.SaveChangesAsync();
        }

        // Don't reveal whether the address belongs to anyone.
        StatusMessage = localizer["If that address has a sign-in, a link to choose a new password is on its way. It works once, within an hour."];
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        public string Email { get; set; } = "";
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer<ForgotModel> localizer) =>
            RuleFor(i => i.Email).NotEmpty().WithMessage(_ => localizer["Enter your email address."])
                .EmailAddress().WithMessage(_ => localizer["Enter an email address like name@example.com."]);
    }
}
