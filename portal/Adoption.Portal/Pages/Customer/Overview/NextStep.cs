using Adoption.Portal.Domain.Plans;

namespace Adoption.Portal.Pages.Customer.Overview;

public enum NextStepKind
{
    OverdueTask = 0,
    SignOffValue = 1,
    ContinueTraining = 2,
    UpcomingTask = 3,
    StartTraining = 4,
    ReviewPlan = 5,
}

/// <summary>The one thing most worth doing next at this account, for this person, and where to do it.</summary>
/// <param name="PageName">The page to do it on, with <paramref name="Id"/> as its route id and <paramref name="Fragment"/> the place on it.</param>
public sealed record NextStep(NextStepKind Kind, string PageName, int? Id, string? Fragment, string? Subject)
{
    /// <summary>
    /// In order: the team's overdue task (a late task holds up the plan), a value entry awaiting an
    /// admin's sign-off (value counts only once agreed), the person's unfinished training module,
    /// the team's next task, a first training path, and otherwise the plan itself.
    /// </summary>
    public static async Task<NextStep> FindAsync(AdoptionDb db, int accountId, int? contactId, bool isAdmin, DateOnly today, Wording wording)
    {
        var openTasks = db.Milestones.AsNoTracking().Where(m => m.Owner == OwnerSide.Customer && m.Status != MilestoneStatus.Done
            && m.CustomerVisible && m.Objective!.CustomerVisible && m.Objective.Plan!.AccountId == accountId);
        var overdue = await openTasks.Where(m => m.DueDate < today).OrderBy(m => m.DueDate).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.Title, m.Texts }).FirstOrDefaultAsync();
        if (overdue is not null)
        {
            return new(NextStepKind.OverdueTask, "/Customer/Plan/Milestone", overdue.Id, null, wording.Of(overdue.Texts, overdue.Title).Title);
        }

        if (isAdmin)
        {
            var unsigned = await db.ValueEntries.AsNoTracking()
                .Where(v => v.AccountId == accountId && v.CustomerVisible && v.CustomerSignedOffAt == null)
                .OrderBy(v => v.AchievedOn).Select(v => new { v.Id, v.Outcome }).FirstOrDefaultAsync();
            if (unsigned is not null)
            {
                return new(NextStepKind.SignOffValue, "/Customer/Value/Index", null, $"value-{unsigned.Id}", unsigned.Outcome);
            }
        }

        var enrolments = db.Enrolments.AsNoTracking().Where(e => e.AccountId == accountId && e.ContactId == contactId);
        // A person has a handful of enrolments: finding the next module in memory keeps the SQL portable.
        var unfinished = await enrolments.Where(e => e.CompletedAt == null)
            .OrderBy(e => e.EnrolledAt).ThenBy(e => e.Id)
            .Select(e => new { e.PathId, Done = e.Completions.Select(c => c.ModuleId).ToList(), Modules = e.Path!.Modules.OrderBy(m => m.Order).Select(m => new { m.Id, m.Title, m.Texts }).ToList() })
            .ToListAsync();
        var nextModule = unfinished.SelectMany(e => e.Modules.Where(m => !e.Done.Contains(m.Id)).Select(m => (e.PathId, wording.Of(m.Texts, m.Title).Title))).FirstOrDefault();
        if (nextModule.Title is not null)
        {
            return new(NextStepKind.ContinueTraining, "/Customer/Training/Path", nextModule.PathId, null, nextModule.Title);
        }

        var upcoming = await openTasks.OrderBy(m => m.DueDate == null).ThenBy(m => m.DueDate).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.Title, m.Texts }).FirstOrDefaultAsync();
        if (upcoming is not null)
        {
            return new(NextStepKind.UpcomingTask, "/Customer/Plan/Milestone", upcoming.Id, null, wording.Of(upcoming.Texts, upcoming.Title).Title);
        }

        return contactId is not null && !await enrolments.AnyAsync()
            ? new(NextStepKind.StartTraining, "/Customer/Training/Index", null, null, null)
            : new(NextStepKind.ReviewPlan, "/Customer/Plan/Index", null, null, null);
    }
}
