using Adoption.Sdk;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Adoption.Sdk.SampleHost.Pages;

/// <summary>One click signs in as a demo user; a real product has its own sign-in.</summary>
public sealed class SignInModel(IAdoptionClient adoption) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string userId)
    {
        if (DemoUsers.Find(userId) is not { } user)
        {
            return Page();
        }

        await SampleHost.SignIn.AsAsync(HttpContext, user, adoption);
        return LocalRedirect("/");
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await HttpContext.SignOutAsync();
        return RedirectToPage();
    }
}
