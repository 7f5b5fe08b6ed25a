using Adoption.Portal.AccessLinks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Adoption.Portal.Pages.HostSignIn;

/// <summary>Where a sign-in link from the host product lands: signs the person in once and goes to the page it names.</summary>
[AllowAnonymous]
public sealed class OpenModel(AccessLinkIssuer links, UserManager<PortalUser> users, SignInManager<PortalUser> signIn, IStringLocalizer<OpenModel> localizer) : PageModel
{
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        var link = await links.FindUsableAsync(token, AccessLinkPurpose.PortalSignIn);
        var user = link is null ? null : await users.FindByIdAsync(link.UserId);
        // Spent before signing in: two tabs opening the same link cannot both get a session.
        if (link is null || user is null || await users.IsLockedOutAsync(user) || !await links.SpendAsync(link))
        {
            Problem = localizer["This sign-in link has already been used or has expired. Open the portal again from the product."];
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect(PortalLinkEndpoints.IsLocalPath(link.ReturnPath) ? link.ReturnPath! : PortalLinkEndpoints.DefaultReturnPath);
    }
}
