using Adoption.Portal.Email;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Adoption.Portal.Pages.Unsubscribe;

/// <summary>
/// A one-click unsubscribe link from an email: works without signing in, changes only the one
/// contact and category its signed token names. Opening the link only asks (mail scanners open
/// links); the button, or a mail program's RFC 8058 one-click POST, unsubscribes.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken(Order = 1001)] // Mail programs POST without a form; the signed token is the proof.
public sealed class IndexModel(AdoptionDb db, UnsubscribeTokens tokens, TimeProvider clock, IStringLocalizer<IndexModel> localizer) : PageModel
{
    public EmailCategory Category { get; private set; }
    public string Email { get; private set; } = "";
    public bool Subscribed { get; private set; }
    /// <summary>Set when the link is not valid; the page says so (with 404) instead of a generic error,
    /// which a mail program's POST without a form token could not reach anyway.</summary>
    public bool NotValid { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        var contact = await FindAsync(token);
        if (contact is null)
        {
            return NotValidLink();
        }

        Subscribed = !await db.EmailPreferences.AnyAsync(p => p.ContactId == contact.Id && p.Category == Category && !p.Subscribed);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(string token) => SetAsync(token, subscribed: false);

    public Task<IActionResult> OnPostResubscribeAsync(string token) => SetAsync(token, subscribed: true);

    private async Task<IActionResult> SetAsync(string token, bool subscribed)
    {
        var contact = await FindAsync(token);
        if (contact is null)
        {
            return NotValidLink();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var row = await db.EmailPreferences.SingleOrDefaultAsync(p => p.ContactId == contact.Id && p.Category == Category);
        if (row is null)
        {
            db.EmailPreferences.Add(new EmailPreference { ContactId = contact.Id, Category = Category, Subscribed = subscribed, ChangedAt = now });
        }
        else if (row.Subscribed != subscribed)
        {
            row.Subscribed = subscribed;
            row.ChangedAt = now;
        }

        await db.SaveChangesAsync();
        StatusMessage = subscribed ? localizer["You will get these emails again."] : localizer["You are unsubscribed. You will not get these emails any more."];
        return RedirectToPage(new { token });
    }

    private PageResult NotValidLink()
    {
        NotValid = true;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private async Task<Contact?> FindAsync(string token)
    {
        if (!tokens.TryRead(token, out var contactId, out var category))
        {
            return null;
        }

        Category = category;
        var contact = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId);
        Email = contact?.Email ?? "";
        return contact;
    }
}
