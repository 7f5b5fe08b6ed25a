namespace Adoption.Portal.Pages.Customer.Plan;

/// <summary>One objective with its outcome metrics, milestones and conversation. Internal or foreign objectives are not found.</summary>
public sealed class ObjectiveModel(AdoptionDb db, TimeProvider clock, IValidator<CommentInput> validator, IStringLocalizer<PlanText> localizer)
    : PlanPageModel
{
    public ObjectiveView Objective { get; private set; } = null!;
    public IReadOnlyList<CommentView> Comments { get; private set; } = [];
    public DateOnly Today { get; private set; }

    [BindProperty]
    public CommentInput Comment { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostCommentAsync(int id) => CommentAsync(db, clock, localizer, validator, Comment, () => LoadAsync(id),
        () => db.Objectives.Where(o => o.Id == id).Select(o => o.PlanId).SingleAsync(), objectiveId: id, milestoneId: null, id);

    private async Task<bool> LoadAsync(int id)
    {
        Today = TodayFrom(clock);
        var objective = await db.Objectives.AsNoTracking()
            .Where(o => o.Id == id && o.CustomerVisible && o.Plan!.AccountId == AccountId)
            .Select(o => new
            {
                o.Id, o.Title, o.Description, o.Texts,
                Metrics = o.Metrics.OrderBy(m => m.Id).Select(m => new { View = new MetricView(m.ObjectiveId, m.Name, m.Unit, m.Baseline, m.Target, m.Current, m.Source, m.FeatureId, m.UpdatedBy, m.UpdatedAt), m.Texts }).ToList(),
                Milestones = o.Milestones.Where(m => m.CustomerVisible).OrderBy(m => m.Order).ThenBy(m => m.Id)
                    .Select(m => new { View = new MilestoneView(m.Id, m.ObjectiveId, m.Title, m.Owner, m.DueDate, m.Status, m.Version, m.Comments.Count(c => !c.Internal)), m.Texts })
                    .ToList(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync();
        if (objective is null)
        {
            return false;
        }

        Comments = await Commenting.OnObjectiveAsync(db, id);
        var wording = await Wording.ForAsync(db, AccountId);
        var metrics = objective.Metrics.Select(m => wording.Of(m.Texts, m.View.Name, m.View.Unit) is var words ? m.View with { Name = words.Name, Unit = words.Unit } : m.View).ToList();
        var milestones = objective.Milestones.Select(m => m.View with { Title = wording.Of(m.Texts, m.View.Title).Title }).ToList();
        var live = metrics.Any(m => m.IsLive) ? await Outcomes.LiveFigures.ReadAsync(db, AccountId, Today) : null;
        var text = wording.Of(objective.Texts, objective.Title, objective.Description);
        Objective = new ObjectiveView(objective.Id, text.Title, text.Description, Comments.Count, metrics, milestones).With(live);
        return true;
    }
}
