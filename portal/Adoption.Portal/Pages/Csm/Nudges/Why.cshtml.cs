using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Engagements;

namespace Adoption.Portal.Pages.Csm.Nudges;

/// <summary>
/// "Why not shown": one nudge for one user, every check of the decision in order with its outcome.
/// It runs the decider itself, against the live nudges of the same placement, so it says what the
/// decide API would answer now.
/// </summary>
public sealed class WhyModel(AdoptionDb db, EngagementDecider decider, IStringLocalizer<EngagementReasonText> texts, IStringLocalizer<SharedResource> shared)
    : CsmPageModel
{
    [BindProperty(SupportsGet = true, Name = "userId")] public string? HostUserId { get; set; }

    public Engagement Engagement { get; private set; } = null!;
    public IReadOnlyList<(string ExternalId, string Name, string Email)> Users { get; private set; } = [];
    public IReadOnlyList<(bool Passed, CheckStage Stage, string Text)>? Checks { get; private set; }
    public bool? Shown { get; private set; }
    public bool UnknownUser { get; private set; }
    public string UnknownUserText => texts[EngagementReasonText.UnknownUser];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var engagement = await db.Engagements.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id);
        if (engagement is null)
        {
            return NotFound();
        }

        Engagement = engagement;
        Users = await NudgeUsers.ListAsync(db);
        if (string.IsNullOrWhiteSpace(HostUserId))
        {
            return Page();
        }

        var rivals = await db.Engagements.AsNoTracking()
            .Where(e => e.Placement == engagement.Placement && e.Status == EngagementStatus.Live && e.Id != engagement.Id).ToListAsync();
        var result = await decider.EvaluateAsync(HostUserId.Trim(), null, null, [engagement, .. rivals], HttpContext.RequestAborted);
        if (result is null)
        {
            UnknownUser = true;
            return Page();
        }

        var features = await db.KeyFeatures.AsNoTracking().ToDictionaryAsync(f => f.Key, f => f.Name);
        var decision = result.Decisions.Single(d => d.Engagement.Id == engagement.Id);
        Shown = decision.Show;
        Checks = decision.Checks.Select(c => (c.Passed, c.Stage, EngagementReasonText.Describe(c, texts, shared, features))).ToList();
        return Page();
    }
}
