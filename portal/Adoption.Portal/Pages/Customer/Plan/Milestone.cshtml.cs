using Adoption.Portal.Data;
using Adoption.Portal.Domain.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Pages.Customer.Plan;

/// <summary>One milestone with its conversation. Another account's milestone, or an internal one, is not found.</summary>
public sealed class MilestoneModel(AdoptionDb db, TimeProvider clock) : CustomerPageModel
{
    public Milestone Milestone { get; private set; } = null!;
    public IReadOnlyList<PlanComment> Comments { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        Today = TodayFrom(clock);
        var milestone = await db.Milestones.AsNoTracking().Include(m => m.Objective)
            .SingleOrDefaultAsync(m => m.Id == id && m.CustomerVisible && m.Objective!.CustomerVisible && m.Objective.Plan!.AccountId == AccountId);
        if (milestone is null)
        {
            return NotFound();
        }

        Milestone = milestone;
        Comments = await db.PlanComments.AsNoTracking()
            .Where(c => c.MilestoneId == id && !c.Internal).OrderBy(c => c.CreatedAt).ToListAsync();
        return Page();
    }
}
