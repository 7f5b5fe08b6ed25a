using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Adoption.Portal.Pages;

/// <summary>Friendly pages for error status codes; the status code itself is kept.</summary>
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Code = code;
}
