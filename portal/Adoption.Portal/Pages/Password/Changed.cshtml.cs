using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Adoption.Portal.Pages.Password;

[AllowAnonymous]
public sealed class ChangedModel : PageModel
{
    public void OnGet()
    {
    }
}
