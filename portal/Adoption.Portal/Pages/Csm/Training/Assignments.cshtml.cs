using Adoption.Portal.Domain.Training;

namespace Adoption.Portal.Pages.Csm.Training;

/// <summary>Paths that start themselves: a path assigned to a role and/or a lifecycle stage enrols every matching person,
/// now and whenever someone new matches (training's background pass does the enrolling).</summary>
public sealed class AssignmentsModel(AdoptionDb db, TimeProvider clock, IStringLocalizer<AssignmentsModel> localizer) : CsmPageModel
{
    public sealed record Row(int Id, string Path, ContactRole? Role, LifecycleStage? Stage, int Enrolled);

    [BindProperty] public InputModel Input { get; set; } = new();

    public IReadOnlyList<Row> Assignments { get; private set; } = [];
    public IReadOnlyDictionary<int, string> Paths { get; private set; } = new Dictionary<int, string>();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Input.PathId is not { } pathId || !Paths.ContainsKey(pathId))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.PathId)}", localizer["Choose a path from the list."]);
        }

        if (Input.Role is null && Input.Stage is null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Role)}", localizer["Choose a role, a lifecycle stage, or both."]);
        }

        if (ModelState.IsValid && await db.PathAssignments.AnyAsync(a => a.PathId == Input.PathId && a.Role == Input.Role && a.Stage == Input.Stage))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.PathId)}", localizer["This path is already assigned that way."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.PathAssignments.Add(new PathAssignment { PathId = Input.PathId!.Value, Role = Input.Role, Stage = Input.Stage, CreatedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync();
        return Saved("/Csm/Training/Assignments", null, localizer["Assigned: matching people are enrolled within a minute."]);
    }

    public async Task<IActionResult> OnPostRemoveAsync(int assignmentId)
    {
        var removed = await db.PathAssignments.Where(a => a.Id == assignmentId).ExecuteDeleteAsync();
        return removed == 0 ? NotFound() : Saved("/Csm/Training/Assignments", null, localizer["The assignment is removed; people already enrolled keep their progress."]);
    }

    private async Task LoadAsync()
    {
        Paths = await db.TrainingPaths.AsNoTracking().OrderBy(p => p.AccountId != null).ThenBy(p => p.Title)
            .ToDictionaryAsync(p => p.Id, p => p.Title);
        Assignments = await db.PathAssignments.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new Row(a.Id, db.TrainingPaths.Where(p => p.Id == a.PathId).Select(p => p.Title).Single(), a.Role, a.Stage,
                db.Enrolments.Count(e => e.PathId == a.PathId && e.Source == EnrolmentSource.Assigned)))
            .ToListAsync();
    }

    public sealed class InputModel
    {
        public int? PathId { get; set; }
        public ContactRole? Role { get; set; }
        public LifecycleStage? Stage { get; set; }
    }
}
