using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Engagements;

namespace Adoption.Portal.Pages.Csm.Nudges;

/// <summary>Lift against the holdout: goal rates of shown and held-out eligible users, the difference and its 95% interval.</summary>
public sealed class LiftModel(AdoptionDb db, TimeProvider clock) : CsmPageModel
{
    public Engagement Engagement { get; private set; } = null!;
    public string? GoalName { get; private set; }
    public LiftResult? Lift { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var engagement = await db.Engagements.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id);
        if (engagement is null)
        {
            return NotFound();
        }

        Engagement = engagement;
        GoalName = await db.KeyFeatures.Where(f => f.Id == engagement.GoalFeatureId).Select(f => f.Name).FirstOrDefaultAsync();
        Lift = await LiftCalculator.ForAsync(db, engagement, clock.GetUtcNow().UtcDateTime, HttpContext.RequestAborted);
        return Page();
    }
}
