using Adoption.Portal.Domain.Plans;

namespace Adoption.Portal.Pages.Csm.Plans;

/// <summary>One milestone: owner, due date, status, visibility, completion from usage, and its conversation.</summary>
public sealed class MilestoneModel(
    AdoptionDb db, TimeProvider clock, IValidator<MilestoneInput> validator, IValidator<MilestoneModel.CommentInput> commentValidator,
    IStringLocalizer<MilestoneModel> localizer) : CsmPageModel
{
    [BindProperty] public MilestoneInput Input { get; set; } = new();
    [BindProperty] public CommentInput Comment { get; set; } = new();

    public Milestone Milestone { get; private set; } = null!;
    public int AccountId { get; private set; }
    public string AccountName { get; private set; } = "";
    public IReadOnlyList<PlanComment> Comments { get; private set; } = [];
    public IReadOnlyDictionary<int, string> Features { get; private set; } = new Dictionary<int, string>();

    private string Conflict => localizer["Someone else changed this milestone while you were editing. Reload the page to see their change."];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = MilestoneInput.From(Milestone);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var milestone = await db.Milestones.SingleOrDefaultAsync(m => m.Id == id);
        if (milestone is null || !await LoadAsync(id))
        {
            return NotFound();
        }

        if (Input.AutoCompleteFeatureId is { } feature && !Features.ContainsKey(feature))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.AutoCompleteFeatureId)}", localizer["Choose a key feature from the list."]);
        }

        return await SaveEditAsync(db, milestone, Input.Version, validator, Input, nameof(Input),
            () => Input.ApplyTo(milestone, clock.GetUtcNow().UtcDateTime),
            () => new Saving("/Csm/Plans/Milestone", new { id }, localizer["Milestone saved."]), Conflict);
    }

    public async Task<IActionResult> OnPostCommentAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var validation = await commentValidator.ValidateAsync(Comment);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Comment));
            Input = MilestoneInput.From(Milestone);
            return Page();
        }

        db.PlanComments.Add(new PlanComment
        {
            PlanId = Milestone.Objective!.PlanId, MilestoneId = id, AuthorUserId = UserId, AuthorName = User.DisplayNameOf(),
            Body = Comment.Body.Trim(), Internal = Comment.Internal, CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
        return Saved("/Csm/Plans/Milestone", new { id }, Comment.Internal ? localizer["Internal comment added."] : localizer["Comment added; the customer sees it."]);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        return await DeleteIfUnchangedAsync(
            () => PlanRemoval.DeleteMilestoneAsync(db, id, Input.Version),
            new Saving("/Csm/Plans/Objective", new { id = Milestone.ObjectiveId }, localizer["Milestone deleted."]), Conflict,
            () => Input = MilestoneInput.From(Milestone));
    }

    private async Task<bool> LoadAsync(int id)
    {
        var milestone = await db.Milestones.AsNoTracking().Include(m => m.Objective).ThenInclude(o => o!.Plan).SingleOrDefaultAsync(m => m.Id == id);
        if (milestone is null)
        {
            return false;
        }

        Milestone = milestone;
        AccountId = milestone.Objective!.Plan!.AccountId;
        AccountName = await db.Accounts.Where(a => a.Id == AccountId).Select(a => a.Name).SingleAsync();
        Comments = await db.PlanComments.AsNoTracking().Where(c => c.MilestoneId == id).OrderBy(c => c.CreatedAt).ToListAsync();
        Features = await db.KeyFeatures.AsNoTracking().OrderBy(f => f.Order).ToDictionaryAsync(f => f.Id, f => f.Name);
        return true;
    }

    public sealed class CommentInput
    {
        public string Body { get; set; } = "";
        public bool Internal { get; set; }
    }

    public sealed class CommentValidator : AbstractValidator<CommentInput>
    {
        public CommentValidator(IStringLocalizer<MilestoneModel> localizer) =>
            RuleFor(i => i.Body).NotEmpty().WithMessage(_ => localizer["Write the comment."])
                .MaximumLength(4000).WithMessage(_ => localizer["Keep the comment under 4,000 characters."]);
    }
}
