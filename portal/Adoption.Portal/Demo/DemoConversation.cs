using Adoption.Portal.Domain.Plans;

namespace Adoption.Portal.Demo;

/// <summary>Comments on the plan, so the conversation on objectives and tasks looks lived in (one internal note included).</summary>
internal sealed partial class DemoStory
{
    public void AddConversation(Account account, PortalUser csm)
    {
        // Accounts still waiting for their plan (or on another template) have no conversation yet.
        var plan = db.Plans.Local.SingleOrDefault(p => p.AccountId == account.Id);
        var erp = plan?.Objectives.SelectMany(o => o.Milestones).SingleOrDefault(m => m.Title == "Connect the ERP");
        var spreadsheet = plan?.Objectives.SingleOrDefault(o => o.Title == "Replace the weekly spreadsheet");
        if (plan is null || erp is null || spreadsheet is null)
        {
            return;
        }

        var champion = account.Contacts.First(c => c.Role is ContactRole.Champion or ContactRole.Admin);
        var user = account.Contacts.FirstOrDefault(c => c.Role == ContactRole.User) ?? champion;
        var csmName = account.CsmUserId is null ? "Adoption team" : csm.DisplayName;

        db.PlanComments.AddRange(
            Comment(plan, erp, null, $"demo-contact-{champion.Id}", champion.Name, "Our IT has the credentials now; we can start the connection on Tuesday.", 6),
            Comment(plan, erp, null, csm.Id, csmName, "Great. Our integration engineer is booked for Tuesday afternoon.", 5),
            Comment(plan, erp, null, csm.Id, csmName, "Internal: their IT lead is stretched; offer the managed connector if Tuesday slips.", 5, isInternal: true),
            Comment(plan, null, spreadsheet, $"demo-contact-{user.Id}", user.Name, "The Monday report still needs two columns from the old spreadsheet.", 3));
    }

    private PlanComment Comment(SuccessPlan plan, Milestone? milestone, Objective? objective, string authorId, string author, string body, int daysAgo, bool isInternal = false) => new()
    {
        PlanId = plan.Id, MilestoneId = milestone?.Id, ObjectiveId = objective?.Id ?? milestone?.ObjectiveId,
        AuthorUserId = authorId, AuthorName = author, Body = body, Internal = isInternal, CreatedAt = now.AddDays(-daysAgo),
    };
}
