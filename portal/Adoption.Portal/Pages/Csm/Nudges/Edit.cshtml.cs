using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Engagements;

namespace Adoption.Portal.Pages.Csm.Nudges;

/// <summary>One nudge: content in four languages, placement, typed targeting, frequency, holdout and goal.</summary>
public sealed class EditModel(
    AdoptionDb db, TimeProvider clock, LiveEngagements live, IValidator<EngagementInput> validator, IStringLocalizer<EditModel> localizer) : CsmPageModel
{
    [BindProperty] public EngagementInput Input { get; set; } = new();

    public Engagement Engagement { get; private set; } = null!;
    public IReadOnlyList<(int Id, string Key, string Name)> Features { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Accounts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = EngagementInput.From(Engagement);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var engagement = await db.Engagements.SingleOrDefaultAsync(e => e.Id == id);
        if (engagement is null || !await LoadAsync(id))
        {
            return NotFound();
        }

        Input.DropBlankRows();
        Input.KnownFeatures = Features.Select(f => f.Key).ToList();
        var validation = await validator.ValidateAsync(Input);
        if (Input.GoalFeatureId is { } goal && Features.All(f => f.Id != goal))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.GoalFeatureId)}", localizer["Choose a key feature."]);
        }

        if (validation.IsValid && ModelState.IsValid)
        {
            ExpectVersion(db, engagement, Input.Version);
            Input.ApplyTo(engagement, clock.GetUtcNow().UtcDateTime);
            if (await TrySaveAsync(db, localizer["Someone else changed this nudge while you were editing. Reload the page to see their change."]))
            {
                // Decisions on this server use the change from the next call on.
                live.Invalidate();
                return Saved("/Csm/Nudges/Edit", new { id }, localizer["Nudge saved."]);
            }
        }

        validation.AddToModelState(ModelState, nameof(Input));
        Input.Padded();
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var engagement = await db.Engagements.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id);
        if (engagement is null)
        {
            return false;
        }

        Engagement = engagement;
        Features = (await db.KeyFeatures.AsNoTracking().OrderBy(f => f.Order).Select(f => new { f.Id, f.Key, f.Name }).ToListAsync())
            .Select(f => (f.Id, f.Key, f.Name)).ToList();
        Accounts = (await db.Accounts.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync())
            .Select(a => (a.Id, a.Name)).ToList();
        return true;
    }

    public static IEnumerable<TEnum> Values<TEnum>() where TEnum : struct, Enum => Enum.GetValues<TEnum>();

    public static string LanguageName(string locale) => locale switch { "fi" => "Suomi", "it" => "Italiano", "zh-Hans" => "中文", _ => "English" };

    public static IEnumerable<string> Locales => Domain.Accounts.Locales.Supported;
}
