using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Engagements;

namespace Adoption.Portal.Pages.Csm.Nudges;

/// <summary>Preview as a user: exactly what the person would see now in every placement, and for the rest why not.</summary>
public sealed class PreviewModel(AdoptionDb db, EngagementDecider decider, IStringLocalizer<EngagementReasonText> texts, IStringLocalizer<SharedResource> shared)
    : CsmPageModel
{
    [BindProperty(SupportsGet = true, Name = "userId")] public string? HostUserId { get; set; }

    public IReadOnlyList<(string ExternalId, string Name, string Email)> Users { get; private set; } = [];
    public IReadOnlyList<(Engagement Engagement, EngagementContent? Content, IReadOnlyList<(string Label, bool Done)> Steps)> Shown { get; private set; } = [];
    public IReadOnlyList<(Engagement Engagement, string Reason)> NotShown { get; private set; } = [];
    public bool Evaluated { get; private set; }
    public bool UnknownUser { get; private set; }
    public string UnknownUserText => texts[EngagementReasonText.UnknownUser];

    public async Task OnGetAsync()
    {
        Users = await NudgeUsers.ListAsync(db);
        if (string.IsNullOrWhiteSpace(HostUserId))
        {
            return;
        }

        var result = await decider.EvaluateAsync(HostUserId.Trim(), null, null, null, HttpContext.RequestAborted);
        Evaluated = true;
        if (result is null)
        {
            UnknownUser = true;
            return;
        }

        var features = await db.KeyFeatures.AsNoTracking().ToDictionaryAsync(f => f.Key, f => f.Name);
        Shown = result.Decisions.Where(d => d.Show)
            .Select(d =>
            {
                var content = EngagementDecider.Content(d.Engagement, null, result.Facts);
                var locale = content?.Locale ?? "en";
                IReadOnlyList<(string, bool)> steps = EngagementEvaluator.Steps(d.Engagement, result.Facts)
                    .Select(s => (s.Step.Label.GetValueOrDefault(locale) ?? s.Step.Label.GetValueOrDefault("en") ?? s.Step.Key, s.Done)).ToList();
                return (d.Engagement, content, steps);
            }).ToList();
        NotShown = result.Decisions.Where(d => !d.Show)
            .Select(d => (d.Engagement, EngagementReasonText.Describe(d.FirstFailure!, texts, shared, features))).ToList();
    }
}
