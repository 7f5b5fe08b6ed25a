namespace Adoption.Portal.Pages.Customer.Plan;

/// <summary>The account's success plan as the customer sees it: visible objectives and milestones only;
/// their own team's tasks can be ticked off here.</summary>
public sealed class IndexModel(AdoptionDb db, TimeProvider clock, IValidator<TickInput> validator, IStringLocalizer<PlanText> localizer)
    : PlanPageModel
{
    /// <summary>Which plan, at which revision; null before the CSM prepares one.</summary>
    public PlanStamp? Stamp { get; private set; }
    public DateOnly Today { get; private set; }

    [BindProperty]
    public TickInput Tick { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostTickAsync()
    {
        var validation = await validator.ValidateAsync(Tick);
        if (!validation.IsValid)
        {
            return BadRequest();
        }

        if (await TickAsync(db, clock, localizer, Tick, null) is { } done)
        {
            return done;
        }

        await LoadAsync();
        return Page();
    }

    /// <summary>The plan's content, read only when no rendering of this revision is cached.</summary>
    public async Task<PlanView?> LoadPlanAsync() => (await PlanView.LoadAsync(db, AccountId, await Wording.ForAsync(db, AccountId), HttpContext.RequestAborted))?.With(Live);

    /// <summary>The adoption figures bound metrics show; null when the plan has none (part of the rendering's key).</summary>
    public Outcomes.LiveFigures? Live { get; private set; }

    private async Task LoadAsync()
    {
        Today = TodayFrom(clock);
        Stamp = await PlanStamp.ReadAsync(db, AccountId, HttpContext.RequestAborted);
        Live = Stamp is null ? null : await Outcomes.LiveFigures.ForPlanAsync(db, AccountId, Today, HttpContext.RequestAborted);
    }
}
