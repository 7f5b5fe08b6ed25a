using Adoption.Portal.Health.Today;
using Adoption.Portal.Revenue;

namespace Adoption.Portal.Pages.Csm.Today;

/// <summary>The CSM's day in one list, most pressing first (ARR × urgency): renewals to reach out
/// about, overdue milestones, new detractors, champion changes, support risk and sign-offs waiting.
/// Each item can be snoozed until a day, dismissed with a reason, or done. Their own accounts unless
/// they ask for all; grouped per account on request.</summary>
public sealed class IndexModel(AdoptionDb db, RevenueOptions revenue, TimeProvider clock, IValidator<IndexModel.DecisionInput> validator, IStringLocalizer<IndexModel> localizer)
    : CsmPageModel
{
    /// <summary>How many items the list shows before "show all": a day's work, not the whole book.</summary>
    public const int Shown = 50;

    /// <summary>"all" shows every account; anything else the signed-in CSM's own.</summary>
    [BindProperty(SupportsGet = true)] public string? Scope { get; set; }
    /// <summary>"account" groups the items per account.</summary>
    [BindProperty(SupportsGet = true)] public string? Group { get; set; }
    /// <summary>"all" lists every item rather than the first <see cref="Shown"/>.</summary>
    [BindProperty(SupportsGet = true)] public string? Show { get; set; }

    [BindProperty] public DecisionInput Input { get; set; } = new();

    public bool AllAccounts => Scope == "all";
    public bool ByAccount => Group == "account";
    public bool ShowAll => Show == "all";
    public TodayAgenda Agenda { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>Snooze, dismiss or finish one item; the decision replaces any earlier one about it.</summary>
    public async Task<IActionResult> OnPostDecideAsync()
    {
        Today = TodayFrom(clock);
        var validation = await validator.ValidateAsync(Input);
        if (!validation.IsValid || !ModelState.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            await LoadAsync();
            return Page();
        }

        if (!await db.Accounts.AnyAsync(a => a.Id == Input.AccountId))
        {
            return NotFound();
        }

        var state = await db.TodayItemStates.SingleOrDefaultAsync(s => s.Key == Input.Key);
        if (state is null)
        {
            state = new TodayItemState { Key = Input.Key, AccountId = Input.AccountId, ByUserId = UserId, ByName = User.DisplayNameOf() };
            db.TodayItemStates.Add(state);
        }

        state.Status = Input.Action!.Value;
        state.SnoozedUntil = Input.Action == TodayItemStatus.Snoozed ? Input.Until : null;
        state.Reason = Input.Reason.TrimmedOrNull();
        (state.ByUserId, state.ByName, state.At) = (UserId, User.DisplayNameOf(), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        var message = Input.Action switch
        {
            TodayItemStatus.Snoozed => localizer["Snoozed until {0}.", Input.Until!.Value.ToString("d")],
            TodayItemStatus.Dismissed => localizer["Dismissed."],
            _ => localizer["Marked as done."],
        };
        return Saved(ReturnUrl(), message);
    }

    /// <summary>Puts a set-aside item back on the list.</summary>
    public async Task<IActionResult> OnPostRestoreAsync(string key)
    {
        var state = await db.TodayItemStates.SingleOrDefaultAsync(s => s.Key == key);
        if (state is null)
        {
            return NotFound();
        }

        db.TodayItemStates.Remove(state);
        await db.SaveChangesAsync();
        return Saved(ReturnUrl(), localizer["Back on the list."]);
    }

    // Only the choices that differ from the defaults go in the link.
    public string LinkTo(string? scope = null, string? group = null, string? show = null) => Url.Page("/Csm/Today/Index", new
    {
        scope = (scope ?? Scope) == "all" ? "all" : null,
        group = (group ?? Group) == "account" ? "account" : null,
        show = (show ?? Show) == "all" ? "all" : null,
    })!;

    private string ReturnUrl() => LinkTo();

    private async Task LoadAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Today = DateOnly.FromDateTime(now);
        Agenda = new TodayAgenda(db, revenue);
        await Agenda.LoadAsync(AllAccounts ? null : UserId, now);
    }

    public sealed class DecisionInput
    {
        public string Key { get; set; } = "";
        public int AccountId { get; set; }
        public TodayItemStatus? Action { get; set; }
        public DateOnly? Until { get; set; }
        public string? Reason { get; set; }
    }

    public sealed class DecisionValidator : AbstractValidator<DecisionInput>
    {
        public DecisionValidator(IStringLocalizer<IndexModel> localizer, TimeProvider clock)
        {
            RuleFor(i => i.Key).NotEmpty().MaximumLength(100).Matches("^[a-z]+:[0-9]+(:[0-9-]+)?$").WithMessage(_ => localizer["That item is not on the list."]);
            RuleFor(i => i.Action).NotNull().IsInEnum().WithMessage(_ => localizer["Choose snooze, dismiss or done."]);
            RuleFor(i => i.Until).NotNull().WithMessage(_ => localizer["Choose the day it comes back."])
                .GreaterThan(_ => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage(_ => localizer["Choose a day after today."])
                .LessThanOrEqualTo(_ => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddYears(1)).WithMessage(_ => localizer["Choose a day within a year."])
                .When(i => i.Action == TodayItemStatus.Snoozed);
            RuleFor(i => i.Reason).NotEmpty().WithMessage(_ => localizer["Say why you dismiss it."]).When(i => i.Action == TodayItemStatus.Dismissed);
            RuleFor(i => i.Reason).MaximumLength(500).WithMessage(_ => localizer["Keep the reason under 500 characters."]);
        }
    }
}
