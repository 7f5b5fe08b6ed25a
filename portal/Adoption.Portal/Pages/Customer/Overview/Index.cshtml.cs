using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Domain.Value;
using Adoption.Portal.Health;

namespace Adoption.Portal.Pages.Customer.Overview;

/// <summary>The customer's home: health and why, where the account stands, and the most useful next step.</summary>
public sealed class IndexModel(AdoptionDb db, TimeProvider clock, HealthScorer health) : CustomerPageModel
{
    public sealed record MilestoneRow(int Id, string Title, DateOnly? DueDate, OwnerSide Owner, bool Overdue);

    public Account Account { get; private set; } = null!;
    public AccountHealth Health { get; private set; } = null!;
    public int DaysToRenewal { get; private set; }
    public IReadOnlyList<MilestoneRow> NextMilestones { get; private set; } = [];
    public int MilestonesDone { get; private set; }
    public int MilestonesTotal { get; private set; }
    public ValueEntry? LatestValue { get; private set; }
    public (int Done, int Total, int Certificates) MyTraining { get; private set; }
    public (int Done, int Total) TeamTraining { get; private set; }
    public NextStep NextStep { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var today = TodayFrom(clock);
        Account = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == AccountId);
        DaysToRenewal = Account.RenewalDate.DayNumber - today.DayNumber;
        Health = await health.ScoreAsync(AccountId, today);

        var visible = db.Milestones.AsNoTracking()
            .Where(m => m.CustomerVisible && m.Objective!.CustomerVisible && m.Objective.Plan!.AccountId == AccountId);
        MilestonesTotal = await visible.CountAsync();
        MilestonesDone = await visible.CountAsync(m => m.Status == MilestoneStatus.Done);
        var wording = await Wording.ForAsync(db, AccountId);
        NextMilestones = (await visible.Where(m => m.Status != MilestoneStatus.Done)
            .OrderBy(m => m.DueDate == null).ThenBy(m => m.DueDate).ThenBy(m => m.Id).Take(5)
            .Select(m => new { Row = new MilestoneRow(m.Id, m.Title, m.DueDate, m.Owner, m.DueDate < today), m.Texts })
            .ToListAsync()).Select(m => m.Row with { Title = wording.Of(m.Texts, m.Row.Title).Title }).ToList();

        // Only value both sides agreed is news worth a tile; what awaits signatures is the next step's business.
        LatestValue = await db.ValueEntries.AsNoTracking()
            .Where(v => v.AccountId == AccountId && v.CustomerVisible && v.CustomerSignedOffAt != null && v.CsmSignedOffAt != null)
            .OrderByDescending(v => v.AchievedOn).ThenByDescending(v => v.Id).FirstOrDefaultAsync();

        var contactId = User.ContactIdOf();
        var enrolments = await db.Enrolments.AsNoTracking().Where(e => e.AccountId == AccountId)
            .Select(e => new { e.ContactId, Done = e.Completions.Count, Total = e.Path!.Modules.Count, Certified = e.CompletedAt != null })
            .ToListAsync();
        var mine = enrolments.Where(e => e.ContactId == contactId).ToList();
        MyTraining = (mine.Sum(e => e.Done), mine.Sum(e => e.Total), mine.Count(e => e.Certified));
        TeamTraining = (enrolments.Sum(e => e.Done), enrolments.Sum(e => e.Total));

        NextStep = await NextStep.FindAsync(db, AccountId, contactId, User.IsInRole(Roles.CustomerAdmin), today, wording);
        return Page();
    }
}
