using Adoption.Portal.Data;
using Adoption.Portal.Domain.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Pages.Customer.Plan;

/// <summary>The account's success plan as the customer sees it: visible objectives and milestones only.</summary>
public sealed class IndexModel(AdoptionDb db, TimeProvider clock) : CustomerPageModel
{
    public SuccessPlan? Plan { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Today = TodayFrom(clock);
        Plan = await db.Plans.AsNoTracking().AsSplitQuery()
            .Where(p => p.AccountId == AccountId)
            .Include(p => p.Objectives.Where(o => o.CustomerVisible))
                .ThenInclude(o => o.Metrics)
            .Include(p => p.Objectives.Where(o => o.CustomerVisible))
                .ThenInclude(o => o.Milestones.Where(m => m.CustomerVisible))
            .SingleOrDefaultAsync();
        return Page();
    }
}
