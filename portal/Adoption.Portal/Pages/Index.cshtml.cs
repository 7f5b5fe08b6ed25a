using Adoption.Portal.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Adoption.Portal.Pages;

/// <summary>The front door: each kind of person lands on their own home page.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated != true ? Redirect("/signin")
        : User.IsInRole(Roles.Csm) ? Redirect("/csm")
        : Redirect("/overview");
}
