using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Domain.Nps;

namespace Adoption.Portal.Pages.Csm.Surveys;

/// <summary>Every NPS survey with its answers so far, and the way to a new one (created as a draft).</summary>
public sealed class IndexModel(AdoptionDb db, TimeProvider clock, IStringLocalizer<IndexModel> localizer) : CsmPageModel
{
    public IReadOnlyList<Engagement> Surveys { get; private set; } = [];
    public IReadOnlyDictionary<int, int> Answers { get; private set; } = new Dictionary<int, int>();
    [BindProperty] public string? NewName { get; set; }

    public async Task OnGetAsync()
    {
        Surveys = await db.Engagements.AsNoTracking().Where(e => e.Kind == EngagementKind.Survey).OrderBy(e => e.Status).ThenBy(e => e.Name).ToListAsync();
        Answers = await db.NpsResponses.AsNoTracking().Where(n => n.EngagementId != null).GroupBy(n => n.EngagementId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(NewName) || NewName.Trim().Length > 200)
        {
            ModelState.AddModelError(nameof(NewName), localizer["Name the survey (up to 200 characters)."]);
            await OnGetAsync();
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var settings = new SurveySettings();
        var survey = new Engagement
        {
            PublicId = "nps_" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4))[..6],
            Name = NewName.Trim(), Kind = EngagementKind.Survey, Status = EngagementStatus.Draft, Placement = "home", Priority = 40,
            Frequency = EngagementFrequency.EveryNDays, FrequencyDays = 3, SnoozeDays = settings.AskLaterDays, Survey = settings,
            Content = [new EngagementContent { Locale = "en", Title = "How likely are you to recommend us to a colleague?" }], CreatedAt = now, UpdatedAt = now,
        };
        db.Engagements.Add(survey);
        await db.SaveChangesAsync();
        return Saved("/Csm/Surveys/Edit", new { id = survey.Id }, localizer["Draft created. Write its questions and rules, then set it live."]);
    }
}
