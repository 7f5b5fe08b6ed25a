using System.Security.Claims;
using Adoption.Portal.Domain;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.RazorPages;

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

    /// <summary>Redirect-after-post to the page named <paramref name="pageName"/> with a status line.</summary>
    protected RedirectToPageResult Saved(string pageName, object? routeValues, string message)
    {
        StatusMessage = message;
        return RedirectToPage(pageName, routeValues);
    }

    /// <summary>
    /// Redirect-after-post back to <paramref name="url"/> with a status line: for lists that return to
    /// the filtered view the form was posted from (its query string); otherwise use the page name.
    /// </summary>
    protected RedirectResult Saved(string url, string message)
    {
        StatusMessage = message;
        return Redirect(url);
    }

    /// <summary>
    /// The one save path of the workspace's editors (see docs/architecture.md, "How to add a CSM
    /// editor"): validates <paramref name="input"/> (its errors under <paramref name="prefix"/>);
    /// when the form is valid, checks that <paramref name="versioned"/> still has the version the
    /// form showed, applies <paramref name="change"/>, saves and redirects where <paramref name="saved"/>
    /// says (asked after the save, so new rows have their ids) with its status line. An invalid form,
    /// or someone else's save in between (their change is kept and <paramref name="conflict"/> says
    /// so), shows the page again after <paramref name="showAgain"/>.
    /// </summary>
    protected async Task<IActionResult> SaveEditAsync<TVersioned, TInput>(
        AdoptionDb db, TVersioned versioned, int version, IValidator<TInput>? validator, TInput input, string prefix,
        Action change, Func<Saving> saved, string conflict, VersionCheck check = VersionCheck.Expect, Action? showAgain = null)
        where TVersioned : class, IVersioned
    {
        var validation = validator is null ? new ValidationResult() : await validator.ValidateAsync(input);
        if (validation.IsValid && ModelState.IsValid)
        {
            if (check == VersionCheck.Touch)
            {
                TouchVersion(db, versioned, version);
            }
            else
            {
                ExpectVersion(db, versioned, version);
            }

            change();
            if (await TrySaveAsync(db, conflict))
            {
                var saving = saved();
                return Saved(saving.PageName, saving.RouteValues, saving.Message);
            }
        }

        validation.AddToModelState(ModelState, prefix);
        showAgain?.Invoke();
        return Page();
    }

    /// <summary>
    /// Deletes with <paramref name="delete"/> (true when the row still had the version the form
    /// showed) and redirects with the status line; otherwise shows the page again with <paramref name="conflict"/>.
    /// </summary>
    protected async Task<IActionResult> DeleteIfUnchangedAsync(Func<Task<bool>> delete, Saving deleted, string conflict, Action? showAgain = null)
    {
        if (await delete())
        {
            return Saved(deleted.PageName, deleted.RouteValues, deleted.Message);
        }

        ModelState.AddModelError(string.Empty, conflict);
        showAgain?.Invoke();
        return Page();
    }

    /// <summary>
    /// The account pages that add a row (a note, a risk, a value entry): not found for an unknown
    /// account; an invalid form shows the page again after <paramref name="showAgain"/> reloads it;
    /// otherwise <paramref name="add"/>, one save and the redirect <paramref name="saved"/> names.
    /// </summary>
    protected async Task<IActionResult> AddToAccountAsync<TInput>(
        AdoptionDb db, int accountId, IValidator<TInput> validator, TInput input, string prefix, Func<Task> showAgain, Action add, Func<Saving> saved)
    {
        if (!await db.Accounts.AnyAsync(a => a.Id == accountId))
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(input);
        if (!validation.IsValid || !ModelState.IsValid)
        {
            validation.AddToModelState(ModelState, prefix);
            await showAgain();
            return Page();
        }

        add();
        await db.SaveChangesAsync();
        var saving = saved();
        return Saved(saving.PageName, saving.RouteValues, saving.Message);
    }

    /// <summary>Where a successful change redirects, and the status line it shows there.</summary>
    protected readonly record struct Saving(string PageName, object? RouteValues, string Message);

    /// <summary>How an edit is checked against the version the form showed.</summary>
    protected enum VersionCheck
    {
        /// <summary>The edited row has its own version.</summary>
        Expect,
        /// <summary>The row is edited through its versioned parent, whose version the save bumps.</summary>
        Touch,
    }
}
