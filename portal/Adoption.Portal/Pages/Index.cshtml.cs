using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Adoption.Portal.Pages;

/// <summary>The front door: each kind of person lands on their own home page.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated != true ? RedirectToPage("/Session/SignIn")
        : User.IsInRole(Roles.Csm) ? RedirectToPage("/Csm/Portfolio/Index")
        : RedirectToPage("/Customer/Overview/Index");
}
