using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Engagements;

namespace Adoption.Portal.Pages.Csm.Surveys;

/// <summary>One survey: its question and follow-ups in four languages, its rules and its audience.</summary>
public sealed class EditModel(
    AdoptionDb db, TimeProvider clock, LiveEngagements live, IValidator<SurveyInput> validator, IStringLocalizer<EditModel> localizer) : CsmPageModel
{
    [BindProperty] public SurveyInput Input { get; set; } = new();

    public Engagement Survey { get; private set; } = null!;
    public IReadOnlyList<(int Id, string Name)> Accounts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = SurveyInput.From(Survey);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var survey = await db.Engagements.SingleOrDefaultAsync(e => e.Id == id && e.Kind == EngagementKind.Survey);
        if (survey is null || !await LoadAsync(id))
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(Input);
        if (Input.Accounts.Any(a => Accounts.All(x => x.Id != a)))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Accounts)}", localizer["Choose accounts from the list."]);
        }

        if (validation.IsValid && ModelState.IsValid)
        {
            ExpectVersion(db, survey, Input.Version);
            Input.ApplyTo(survey, clock.GetUtcNow().UtcDateTime);
            if (await TrySaveAsync(db, localizer["Someone else changed this survey while you were editing. Reload the page to see their change."]))
            {
                live.Invalidate();
                return Saved("/Csm/Surveys/Edit", new { id }, localizer["Survey saved."]);
            }
        }

        validation.AddToModelState(ModelState, nameof(Input));
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var survey = await db.Engagements.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id && e.Kind == EngagementKind.Survey);
        if (survey is null)
        {
            return false;
        }

        Survey = survey;
        Accounts = (await db.Accounts.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync())
            .Select(a => (a.Id, a.Name)).ToList();
        return true;
    }

    public static IEnumerable<TEnum> Values<TEnum>() where TEnum : struct, Enum => Enum.GetValues<TEnum>();

    public static string LanguageName(string locale) => locale switch { "fi" => "Suomi", "it" => "Italiano", "zh-Hans" => "中文", _ => "English" };
}
