namespace Adoption.Portal.Pages.Customer.Plan;

/// <summary>One milestone with its conversation. Another account's milestone, or an internal one, is not found.</summary>
public sealed class MilestoneModel(
    AdoptionDb db, TimeProvider clock, IValidator<TickInput> tickValidator, IValidator<CommentInput> commentValidator,
    IStringLocalizer<PlanText> localizer) : PlanPageModel
{
    public MilestoneView Milestone { get; private set; } = null!;
    public string ObjectiveTitle { get; private set; } = "";
    public int ObjectiveId { get; private set; }
    public IReadOnlyList<CommentView> Comments { get; private set; } = [];
    public DateOnly Today { get; private set; }

    [BindProperty]
    public TickInput Tick { get; set; } = new();

    [BindProperty]
    public CommentInput Comment { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostTickAsync(int id)
    {
        if (!(await tickValidator.ValidateAsync(Tick)).IsValid || Tick.MilestoneId != id)
        {
            // Another account's milestone is not found, however the form was filled in.
            return await LoadAsync(id) ? BadRequest() : NotFound();
        }

        if (await TickAsync(db, clock, localizer, Tick, new { id }) is { } done)
        {
            return done;
        }

        await LoadAsync(id);
        return Page();
    }

    public Task<IActionResult> OnPostCommentAsync(int id) => CommentAsync(db, clock, localizer, commentValidator, Comment, () => LoadAsync(id),
        () => db.Objectives.Where(o => o.Id == ObjectiveId).Select(o => o.PlanId).SingleAsync(), objectiveId: null, milestoneId: id, id);

    private async Task<bool> LoadAsync(int id)
    {
        Today = TodayFrom(clock);
        var found = await db.Milestones.AsNoTracking()
            .Where(m => m.Id == id && m.CustomerVisible && m.Objective!.CustomerVisible && m.Objective.Plan!.AccountId == AccountId)
            .Select(m => new
            {
                View = new MilestoneView(m.Id, m.ObjectiveId, m.Title, m.Owner, m.DueDate, m.Status, m.Version, 0),
                m.Texts,
                ObjectiveTitle = m.Objective!.Title,
                ObjectiveTexts = m.Objective.Texts,
            })
            .SingleOrDefaultAsync();
        if (found is null)
        {
            return false;
        }

        var wording = await Wording.ForAsync(db, AccountId);
        Milestone = found.View with { Title = wording.Of(found.Texts, found.View.Title).Title };
        (ObjectiveTitle, ObjectiveId) = (wording.Of(found.ObjectiveTexts, found.ObjectiveTitle).Title, found.View.ObjectiveId);
        Comments = await Commenting.OnMilestoneAsync(db, id);
        return true;
    }
}
