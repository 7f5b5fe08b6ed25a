using Adoption.Portal.Domain.Plans;

namespace Adoption.Portal.Pages.Csm.Templates;

/// <summary>One milestone of a template. The template's version guards the edit.</summary>
public sealed class MilestoneModel(AdoptionDb db, IValidator<TemplateMilestoneInput> validator, IStringLocalizer<MilestoneModel> localizer)
    : CsmPageModel
{
    [BindProperty] public TemplateMilestoneInput Input { get; set; } = new();
    [BindProperty] public int Version { get; set; }

    public TemplateMilestone Milestone { get; private set; } = null!;
    public TemplateObjective Objective { get; private set; } = null!;
    public PlanTemplate Template { get; private set; } = null!;

    private string Conflict => localizer["Someone else changed this template while you were editing. Reload the page to see their change."];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        (Input, Version) = (TemplateMilestoneInput.From(Milestone), Template.Version);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int id) => ChangeAsync(id, validate: true, Input.ApplyTo, localizer["Milestone saved."]);

    public Task<IActionResult> OnPostDeleteAsync(int id) => ChangeAsync(id, validate: false, milestone => db.Remove(milestone), localizer["Milestone deleted."]);

    /// <summary>A milestone is edited through its template: the template's version guards the change.</summary>
    private async Task<IActionResult> ChangeAsync(int id, bool validate, Action<TemplateMilestone> change, string message)
    {
        var milestone = await db.Set<TemplateMilestone>().SingleOrDefaultAsync(m => m.Id == id);
        if (milestone is null || !await LoadAsync(id))
        {
            return NotFound();
        }

        var template = await db.PlanTemplates.SingleAsync(t => t.Id == Template.Id);
        return await SaveEditAsync(db, template, Version, validate ? validator : null, Input, nameof(Input), () => change(milestone),
            () => new Saving("/Csm/Templates/Objective", new { id = Objective.Id }, message), Conflict, VersionCheck.Touch,
            () => Input = validate ? Input : TemplateMilestoneInput.From(Milestone));
    }

    private async Task<bool> LoadAsync(int id)
    {
        var milestone = await db.Set<TemplateMilestone>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == id);
        if (milestone is null)
        {
            return false;
        }

        Milestone = milestone;
        Objective = await db.Set<TemplateObjective>().AsNoTracking().SingleAsync(o => o.Id == milestone.TemplateObjectiveId);
        Template = await db.PlanTemplates.AsNoTracking().SingleAsync(t => t.Id == Objective.TemplateId);
        return true;
    }
}
