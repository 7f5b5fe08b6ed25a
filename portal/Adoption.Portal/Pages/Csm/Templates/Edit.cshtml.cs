using Adoption.Portal.Domain.Plans;

namespace Adoption.Portal.Pages.Csm.Templates;

/// <summary>A success-plan template: its name and its objectives with their milestones.</summary>
public sealed class EditModel(
    AdoptionDb db, IValidator<IndexModel.NewInput> validator, IValidator<TemplateObjectiveInput> objectiveValidator, IStringLocalizer<EditModel> localizer)
    : CsmPageModel
{
    [BindProperty] public IndexModel.NewInput Input { get; set; } = new();
    [BindProperty] public int Version { get; set; }
    [BindProperty] public TemplateObjectiveInput NewObjective { get; set; } = new();

    public PlanTemplate Template { get; private set; } = null!;
    public int Plans { get; private set; }

    private string Conflict => localizer["Someone else changed this template while you were editing. Reload the page to see their change."];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        (Input, Version) = (IndexModel.NewInput.From(Template), Template.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var template = await db.PlanTemplates.SingleOrDefaultAsync(t => t.Id == id);
        if (template is null || !await LoadAsync(id))
        {
            return NotFound();
        }

        return await SaveEditAsync(db, template, Version, validator, Input, nameof(Input),
            () => (template.Name, template.Description, template.Texts) = (Input.Name.Trim(), Input.Description.TrimmedOrNull(), TranslationInput.ToTexts(Input.Texts)),
            () => new Saving("/Csm/Templates/Edit", new { id }, localizer["Template saved."]), Conflict);
    }

    public async Task<IActionResult> OnPostAddObjectiveAsync(int id)
    {
        var template = await db.PlanTemplates.Include(t => t.Objectives).SingleOrDefaultAsync(t => t.Id == id);
        if (template is null || !await LoadAsync(id))
        {
            return NotFound();
        }

        NewObjective.Order = template.Objectives.Select(o => o.Order).DefaultIfEmpty(0).Max() + 1;
        var objective = new TemplateObjective { Title = "" };
        return await SaveEditAsync(db, template, Version, objectiveValidator, NewObjective, nameof(NewObjective),
            () =>
            {
                NewObjective.ApplyTo(objective);
                template.Objectives.Add(objective);
            },
            () => new Saving("/Csm/Templates/Objective", new { id = objective.Id }, localizer["Objective added. Now give it milestones."]), Conflict,
            VersionCheck.Touch, () => Input = IndexModel.NewInput.From(Template));
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        // Plans made from the template keep everything; they only forget where they came from.
        return await DeleteIfUnchangedAsync(
            async () => await db.PlanTemplates.Where(t => t.Id == id && t.Version == Version).ExecuteDeleteAsync() == 1,
            new Saving("/Csm/Templates/Index", null, localizer["Template deleted. Plans made from it are unchanged."]), Conflict,
            () => Input = IndexModel.NewInput.From(Template));
    }

    private async Task<bool> LoadAsync(int id)
    {
        var template = await db.PlanTemplates.AsNoTracking().Include(t => t.Objectives).ThenInclude(o => o.Milestones).SingleOrDefaultAsync(t => t.Id == id);
        if (template is null)
        {
            return false;
        }

        Template = template;
        Plans = await db.Plans.CountAsync(p => p.TemplateId == id);
        return true;
    }
}
