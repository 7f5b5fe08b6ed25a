using Adoption.Portal.Data;
using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Web;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

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

        (Input, Version) = (new() { Name = Template.Name, Description = Template.Description }, Template.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var template = await db.PlanTemplates.SingleOrDefaultAsync(t => t.Id == id);
        if (template is null || !await LoadAsync(id))
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(Input);
        if (validation.IsValid)
        {
            ExpectVersion(db, template, Version);
            template.Name = Input.Name.Trim();
            template.Description = string.IsNullOrWhiteSpace(Input.Description) ? null : Input.Description.Trim();
            if (await TrySaveAsync(db, Conflict))
            {
                return Saved($"/csm/templates/{id}", localizer["Template saved."]);
            }
        }

        validation.AddToModelState(ModelState, nameof(Input));
        return Page();
    }

    public async Task<IActionResult> OnPostAddObjectiveAsync(int id)
    {
        var template = await db.PlanTemplates.Include(t => t.Objectives).SingleOrDefaultAsync(t => t.Id == id);
        if (template is null || !await LoadAsync(id))
        {
            return NotFound();
        }

        NewObjective.Order = template.Objectives.Select(o => o.Order).DefaultIfEmpty(0).Max() + 1;
        var validation = await objectiveValidator.ValidateAsync(NewObjective);
        if (validation.IsValid)
        {
            TouchVersion(db, template, Version);
            var objective = new TemplateObjective { Title = "" };
            NewObjective.ApplyTo(objective);
            template.Objectives.Add(objective);
            if (await TrySaveAsync(db, Conflict))
            {
                return Saved($"/csm/templates/objectives/{objective.Id}", localizer["Objective added. Now give it milestones."]);
            }
        }

        validation.AddToModelState(ModelState, nameof(NewObjective));
        Input = new() { Name = Template.Name, Description = Template.Description };
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        // Plans made from the template keep everything; they only forget where they came from.
        if (await db.PlanTemplates.Where(t => t.Id == id && t.Version == Version).ExecuteDeleteAsync() == 1)
        {
            return Saved("/csm/templates", localizer["Template deleted. Plans made from it are unchanged."]);
        }

        ModelState.AddModelError(string.Empty, Conflict);
        Input = new() { Name = Template.Name, Description = Template.Description };
        return Page();
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
