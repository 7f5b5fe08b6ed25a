using Adoption.Sdk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Adoption.Sdk.SampleHost.Pages;

/// <summary>
/// "Open your success portal": the product's server asks the portal for a one-time sign-in link for the signed-in
/// user and sends the browser there. A POST (with the antiforgery token), so a link prefetcher never spends it.
/// </summary>
public sealed class SuccessPortalModel(IAdoptionClient adoption) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var link = await adoption.CreatePortalLinkAsync(User.UserId()!, "/overview", cancellationToken);
        return link is null ? Page() : Redirect(link.AbsoluteUri);
    }
}
