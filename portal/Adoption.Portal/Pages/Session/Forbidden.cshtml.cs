using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Adoption.Portal.Pages.Session;

/// <summary>Where the cookie handler sends a signed-in person who lacks the role: answers 403.</summary>
public sealed class ForbiddenModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
