using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Adoption.Portal.Pages.Language;

/// <summary>
/// The footer's language switch, open to everyone: the choice goes into the culture cookie and, for
/// a signed-in person, into their profile, so it follows them to their next sign-in on any device.
/// </summary>
public sealed class ChooseModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, TimeProvider clock) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync(string? culture, string? returnUrl)
    {
        if (!Locales.IsSupported(culture))
        {
            // Only a tampered form gets here: the select offers supported languages only.
            return BadRequest();
        }

        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user && user.Locale != culture)
        {
            user.Locale = culture;
            var saved = await users.UpdateAsync(user);
            if (!saved.Succeeded)
            {
                throw new InvalidOperationException($"Could not save the language of user {user.Id}: {string.Join("; ", saved.Errors.Select(e => e.Description))}");
            }

            // The profile's language rides on the sign-in cookie and outranks the culture cookie: reissue it.
            await signIn.RefreshSignInAsync(user);
        }

        Response.RememberCulture(culture!, clock.GetUtcNow());
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
