using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Engagements;

namespace Adoption.Portal.Pages.Csm.Nudges;

/// <summary>Every nudge: where it shows, its state, and the way to a new one (created as a draft).</summary>
public sealed class IndexModel(AdoptionDb db, TimeProvider clock, IStringLocalizer<IndexModel> localizer) : CsmPageModel
{
    public IReadOnlyList<Engagement> Engagements { get; private set; } = [];
    [BindProperty] public string? NewName { get; set; }
    [BindProperty] public EngagementKind NewKind { get; set; }

    public async Task OnGetAsync() =>
        Engagements = await db.Engagements.AsNoTracking().OrderBy(e => e.Status).ThenBy(e => e.Placement).ThenByDescending(e => e.Priority).ToListAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(NewName) || NewName.Trim().Length > 200 || NewKind == EngagementKind.Survey)
        {
            ModelState.AddModelError(nameof(NewName), localizer["Name the nudge (up to 200 characters)."]);
            await OnGetAsync();
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var engagement = new Engagement
        {
            PublicId = "ngm_" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4))[..6],
            Name = NewName.Trim(), Kind = NewKind, Status = EngagementStatus.Draft, Placement = "home",
            Anchor = NewKind == EngagementKind.Tooltip ? "#main" : null, Frequency = EngagementFrequency.EveryNDays, FrequencyDays = 7,
            Content = [new EngagementContent { Locale = "en", Title = NewName.Trim() }], CreatedAt = now, UpdatedAt = now,
        };
        db.Engagements.Add(engagement);
        await db.SaveChangesAsync();
        return Saved("/Csm/Nudges/Edit", new { id = engagement.Id }, localizer["Draft created. Write its content and targeting, then set it live."]);
    }
}
