using System.Security.Claims;
using Adoption.Portal.Data;
using Adoption.Portal.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Pages.Csm;

/// <summary>
/// Base for the vendor's workspace: a CSM reaches every account (the folder's policy keeps
/// customers out), and every edit of a versioned item is checked against the version the form showed.
/// </summary>
public abstract class CsmPageModel : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    protected string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new InvalidOperationException("CSM pages need a signed-in user.");

    protected static DateOnly TodayFrom(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Makes the next save fail if someone saved <paramref name="entity"/> after the form was shown.</summary>
    protected static void ExpectVersion<T>(AdoptionDb db, T entity, int version) where T : class, IVersioned =>
        db.Entry(entity).Property(e => e.Version).OriginalValue = version;

    /// <summary>
    /// Rows without a version of their own (path modules, template milestones, feature rules) are
    /// edited through their parent: the parent is saved with a new version, so two people editing
    /// the same parent cannot overwrite each other.
    /// </summary>
    protected static void TouchVersion<T>(AdoptionDb db, T parent, int version) where T : class, IVersioned
    {
        ExpectVersion(db, parent, version);
        db.Entry(parent).Property(e => e.Version).IsModified = true;
    }

    /// <summary>Saves, or explains a concurrent edit as a form error (the other person's change is kept).</summary>
    protected async Task<bool> TrySaveAsync(AdoptionDb db, string changedBySomeoneElse)
    {
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, changedBySomeoneElse);
            return false;
        }
    }

    /// <summary>Redirect-after-post back to <paramref name="url"/> with a status line.</summary>
    protected RedirectResult Saved(string url, string message)
    {
        StatusMessage = message;
        return Redirect(url);
    }
}
