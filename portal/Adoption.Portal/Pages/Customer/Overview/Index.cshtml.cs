using Adoption.Portal.Data;
using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Domain.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Pages.Customer.Overview;

/// <summary>The customer's home: where the account stands and what comes next.</summary>
public sealed class IndexModel(AdoptionDb db, TimeProvider clock) : CustomerPageModel
{
    public Account Account { get; private set; } = null!;
    public int DaysToRenewal { get; private set; }
    public IReadOnlyList<Milestone> NextMilestones { get; private set; } = [];
    public int MilestonesDone { get; private set; }
    public int MilestonesTotal { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Today = TodayFrom(clock);
        Account = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == AccountId);
        DaysToRenewal = Account.RenewalDate.DayNumber - Today.DayNumber;

        var visible = db.Milestones.AsNoTracking()
            .Where(m => m.CustomerVisible && m.Objective!.CustomerVisible && m.Objective.Plan!.AccountId == AccountId);
        MilestonesTotal = await visible.CountAsync();
        MilestonesDone = await visible.CountAsync(m => m.Status == MilestoneStatus.Done);
        NextMilestones = await visible.Where(m => m.Status != MilestoneStatus.Done)
            .OrderBy(m => m.DueDate).Take(5).ToListAsync();
        return Page();
    }
}
