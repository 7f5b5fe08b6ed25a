using Adoption.Portal.Domain.Plans;

namespace Adoption.Portal.Pages.Csm.Plans;

/// <summary>One outcome metric: the CSM keeps its current value up to date with the customer.</summary>
public sealed class MetricModel(AdoptionDb db, TimeProvider clock, IValidator<MetricInput> validator, IStringLocalizer<MetricModel> localizer)
    : CsmPageModel
{
    [BindProperty] public MetricInput Input { get; set; } = new();

    public OutcomeMetric Metric { get; private set; } = null!;
    public Objective Objective { get; private set; } = null!;
    public string AccountName { get; private set; } = "";

    private string Conflict => localizer["Someone else changed this metric while you were editing. Reload the page to see their change."];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = MetricInput.From(Metric);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var metric = await db.Metrics.SingleOrDefaultAsync(m => m.Id == id);
        if (metric is null || !await LoadAsync(id))
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(Input);
        if (Input.UnknownFeature((IReadOnlyList<(int, string)>)ViewData["Features"]!, localizer) is { } unknown)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.FeatureId)}", unknown);
        }

        if (validation.IsValid && ModelState.IsValid)
        {
            ExpectVersion(db, metric, Input.Version);
            Input.ApplyTo(metric, clock.GetUtcNow().UtcDateTime, MetricInput.EditorName(User));
            if (await TrySaveAsync(db, Conflict))
            {
                return Saved("/Csm/Plans/Objective", new { id = Objective.Id }, localizer["Metric saved."]);
            }
        }

        validation.AddToModelState(ModelState, nameof(Input));
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        return await DeleteIfUnchangedAsync(
            async () => await db.Metrics.Where(m => m.Id == id && m.Version == Input.Version).ExecuteDeleteAsync() == 1,
            new Saving("/Csm/Plans/Objective", new { id = Objective.Id }, localizer["Metric deleted."]), Conflict,
            () => Input = MetricInput.From(Metric));
    }

    private async Task<bool> LoadAsync(int id)
    {
        var metric = await db.Metrics.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id);
        if (metric is null)
        {
            return false;
        }

        Metric = metric;
        Objective = await db.Objectives.AsNoTracking().Include(o => o.Plan).SingleAsync(o => o.Id == metric.ObjectiveId);
        AccountName = await db.Accounts.Where(a => a.Id == Objective.Plan!.AccountId).Select(a => a.Name).SingleAsync();
        ViewData["Features"] = await MetricInput.FeatureChoicesAsync(db);
        return true;
    }
}
