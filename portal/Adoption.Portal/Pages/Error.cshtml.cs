using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Adoption.Portal.Pages;

[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string RequestId { get; private set; } = "";

    /// <summary>The database was busy: the person may simply send it again.</summary>
    public bool Busy { get; private set; }

    public void OnGet()
    {
        RequestId = Adoption.Portal.Security.PortalExceptionHandler.ReferenceOf(HttpContext);
        Busy = Response.StatusCode == StatusCodes.Status503ServiceUnavailable;
    }

    // A failed form post is re-executed here as a POST; it gets the same page.
    public void OnPost() => OnGet();
}
