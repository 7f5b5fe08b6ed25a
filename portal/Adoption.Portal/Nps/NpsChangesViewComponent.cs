using Adoption.Portal.Domain.Nps;

namespace Adoption.Portal.Nps;

/// <summary>The latest "what we changed" note for the signed-in customer's account, on the overview; nothing without one.</summary>
public sealed class NpsChangesViewComponent(AdoptionDb db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        // The tenancy filter leaves only notes linked to this account's answers.
        var latest = await db.ChangeNotes.AsNoTracking().OrderByDescending(n => n.CreatedAt).FirstOrDefaultAsync();
        return latest is null ? Content("") : View(latest);
    }
}
