using Adoption.Portal.Domain.Plans;

namespace Adoption.Portal.Pages.Csm.Templates;

/// <summary>One objective of a template and its milestones. The template's version guards every edit.</summary>
public sealed class ObjectiveModel(
    AdoptionDb db, IValidator<TemplateObjectiveInput> validator, IValidator<TemplateMilestoneInput> milestoneValidator, IStringLocalizer<ObjectiveModel> localizer)
    : CsmPageModel
{
    [BindProperty] public TemplateObjectiveInput Input { get; set; } = new();
    [BindProperty] public TemplateMilestoneInput NewMilestone { get; set; } = new();
    [BindProperty] public int Version { get; set; }

    public TemplateObjective Objective { get; private set; } = null!;
    public PlanTemplate Template { get; private set; } = null!;

    private string Conflict => localizer["Someone else changed this template while you were editing. Reload the page to see their change."];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        (Input, Version) = (TemplateObjectiveInput.From(Objective), Template.Version);
        NewMilestone.DueAfterDays = 30;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id) => await EditAsync(id, validator, Input, nameof(Input),
        Input.ApplyTo, () => new Saving("/Csm/Templates/Objective", new { id }, localizer["Objective saved."]));

    public async Task<IActionResult> OnPostAddMilestoneAsync(int id)
    {
        NewMilestone.Order = await db.Set<TemplateMilestone>().Where(m => m.TemplateObjectiveId == id).Select(m => (int?)m.Order).MaxAsync() + 1 ?? 1;
        return await EditAsync(id, milestoneValidator, NewMilestone, nameof(NewMilestone), objective =>
        {
            var milestone = new TemplateMilestone { Title = "" };
            NewMilestone.ApplyTo(milestone);
            objective.Milestones.Add(milestone);
        }, () => new Saving("/Csm/Templates/Objective", new { id }, localizer["Milestone added."]));
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id) => await EditAsync(id, null, Input, nameof(Input),
        objective => db.Set<TemplateObjective>().Remove(objective), () => new Saving("/Csm/Templates/Edit", new { id = Template.Id }, localizer["Objective deleted."]));

    /// <summary>An objective is edited through its template: the template's version guards the change.</summary>
    private async Task<IActionResult> EditAsync<TInput>(int id, IValidator<TInput>? inputValidator, TInput input, string prefix, Action<TemplateObjective> change, Func<Saving> saved)
    {
        var objective = await db.Set<TemplateObjective>().Include(o => o.Milestones).SingleOrDefaultAsync(o => o.Id == id);
        if (objective is null || !await LoadAsync(id))
        {
            return NotFound();
        }

        var template = await db.PlanTemplates.SingleAsync(t => t.Id == objective.TemplateId);
        return await SaveEditAsync(db, template, Version, inputValidator, input, prefix, () => change(objective), saved, Conflict, VersionCheck.Touch,
            () => Input = prefix == nameof(Input) ? Input : TemplateObjectiveInput.From(Objective));
    }

    private async Task<bool> LoadAsync(int id)
    {
        var objective = await db.Set<TemplateObjective>().AsNoTracking().Include(o => o.Milestones).SingleOrDefaultAsync(o => o.Id == id);
        if (objective is null)
        {
            return false;
        }

        Objective = objective;
        Template = await db.PlanTemplates.AsNoTracking().SingleAsync(t => t.Id == objective.TemplateId);
        return true;
    }
}
