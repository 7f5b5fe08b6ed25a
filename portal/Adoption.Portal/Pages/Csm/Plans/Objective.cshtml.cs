using Adoption.Portal.Domain.Plans;

namespace Adoption.Portal.Pages.Csm.Plans;

/// <summary>One objective of a plan: its wording and visibility, its outcome metrics and its milestones.</summary>
public sealed class ObjectiveModel(
    AdoptionDb db, TimeProvider clock, IValidator<ObjectiveInput> validator, IValidator<MetricInput> metricValidator,
    IValidator<MilestoneInput> milestoneValidator, IStringLocalizer<ObjectiveModel> localizer) : CsmPageModel
{
    [BindProperty] public ObjectiveInput Input { get; set; } = new();
    [BindProperty] public MetricInput NewMetric { get; set; } = new();
    [BindProperty] public MilestoneInput NewMilestone { get; set; } = new();

    public Objective Objective { get; private set; } = null!;
    public int AccountId { get; private set; }
    public string AccountName { get; private set; } = "";
    public DateOnly Today { get; private set; }

    private string Conflict => localizer["Someone else changed this objective while you were editing. Reload the page to see their change."];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = ObjectiveInput.From(Objective);
        NewMilestone.DueDate = Today.AddDays(30);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var objective = await db.Objectives.SingleOrDefaultAsync(o => o.Id == id);
        if (objective is null || !await LoadAsync(id))
        {
            return NotFound();
        }

        return await SaveEditAsync(db, objective, Input.Version, validator, Input, nameof(Input),
            () => Input.ApplyTo(objective),
            () => new Saving("/Csm/Plans/Objective", new { id }, localizer["Objective saved."]), Conflict);
    }

    public async Task<IActionResult> OnPostAddMetricAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var validation = await metricValidator.ValidateAsync(NewMetric);
        if (NewMetric.UnknownFeature((IReadOnlyList<(int, string)>)ViewData["Features"]!, localizer) is { } unknown)
        {
            ModelState.AddModelError($"{nameof(NewMetric)}.{nameof(NewMetric.FeatureId)}", unknown);
        }

        if (!validation.IsValid || !ModelState.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(NewMetric));
            Input = ObjectiveInput.From(Objective);
            return Page();
        }

        var metric = new OutcomeMetric { ObjectiveId = id, Name = "" };
        NewMetric.ApplyTo(metric, clock.GetUtcNow().UtcDateTime, MetricInput.EditorName(User));
        db.Metrics.Add(metric);
        await db.SaveChangesAsync();
        return Saved("/Csm/Plans/Objective", new { id }, localizer["Metric added."]);
    }

    public async Task<IActionResult> OnPostAddMilestoneAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        NewMilestone.Order = Objective.Milestones.Select(m => m.Order).DefaultIfEmpty(0).Max() + 1;
        var validation = await milestoneValidator.ValidateAsync(NewMilestone);
        if (!validation.IsValid || !ModelState.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(NewMilestone));
            Input = ObjectiveInput.From(Objective);
            return Page();
        }

        var milestone = new Milestone { ObjectiveId = id, Title = "" };
        NewMilestone.ApplyTo(milestone, clock.GetUtcNow().UtcDateTime);
        db.Milestones.Add(milestone);
        await db.SaveChangesAsync();
        return Saved("/Csm/Plans/Objective", new { id }, localizer["Milestone added."]);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        return await DeleteIfUnchangedAsync(
            () => PlanRemoval.DeleteObjectiveAsync(db, id, Input.Version),
            new Saving("/Csm/Accounts/Plan", new { id = AccountId }, localizer["Objective deleted."]), Conflict,
            () => Input = ObjectiveInput.From(Objective));
    }

    private async Task<bool> LoadAsync(int id)
    {
        Today = TodayFrom(clock);
        var objective = await db.Objectives.AsNoTracking().AsSplitQuery()
            .Include(o => o.Metrics).Include(o => o.Milestones).Include(o => o.Plan)
            .SingleOrDefaultAsync(o => o.Id == id);
        if (objective is null)
        {
            return false;
        }

        Objective = objective;
        AccountId = objective.Plan!.AccountId;
        AccountName = await db.Accounts.Where(a => a.Id == AccountId).Select(a => a.Name).SingleAsync();
        await Outcomes.LiveFigures.ApplyAsync(db, AccountId, Today, objective.Metrics);
        ViewData["Features"] = await MetricInput.FeatureChoicesAsync(db);
        return true;
    }
}
