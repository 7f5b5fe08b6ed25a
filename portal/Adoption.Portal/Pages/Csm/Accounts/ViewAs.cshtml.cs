using Adoption.Portal.Onboarding;

namespace Adoption.Portal.Pages.Csm.Accounts;

/// <summary>Starts and stops viewing the customer portal as one account sees it (read-only).</summary>
public sealed class ViewAsModel(AdoptionDb db, PortalOptions portal, IWebHostEnvironment environment) : CsmPageModel
{
    public AccountHeader Header { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var name = await db.Accounts.Where(a => a.Id == id).Select(a => a.Name).SingleOrDefaultAsync();
        if (name is null)
        {
            return NotFound();
        }

        Header = new AccountHeader(id, name, AccountTab.Overview);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await db.Accounts.AnyAsync(a => a.Id == id))
        {
            return NotFound();
        }

        // A session cookie: viewing as a customer ends with the browser or the sign-in at the latest.
        Response.Cookies.Append(ViewAs.Cookie, id.ToString(System.Globalization.CultureInfo.InvariantCulture), new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true,
            Secure = !portal.HttpAllowed(environment) || Request.IsHttps,
        });
        return RedirectToPage("/Customer/Overview/Index");
    }

    public IActionResult OnPostStop(int id)
    {
        Response.Cookies.Delete(ViewAs.Cookie);
        return RedirectToPage("/Csm/Accounts/Index", new { id });
    }
}
