using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Health;

namespace Adoption.Portal.Pages.Csm.Accounts;

/// <summary>One account at a glance (health and why, people, plan progress) and its commercial facts.</summary>
public sealed class IndexModel(
    AdoptionDb db, HealthScorer scorer, TimeProvider clock, IValidator<IndexModel.InputModel> validator, IStringLocalizer<IndexModel> localizer)
    : CsmPageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Account Account { get; private set; } = null!;
    public AccountHealth Health { get; private set; } = null!;
    public IReadOnlyDictionary<string, string> CsmNames { get; private set; } = new Dictionary<string, string>();
    public (int Done, int Total, int Overdue) Milestones { get; private set; }
    public int OpenRisks { get; private set; }
    public DateTime? LastTouchpoint { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = new InputModel { Stage = Account.Stage, RenewalDate = Account.RenewalDate, CsmUserId = Account.CsmUserId, Version = Account.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == id);
        if (account is null)
        {
            return NotFound();
        }

        CsmNames = await CsmPeople.NamesAsync(db);
        var validation = await validator.ValidateAsync(Input);
        if (Input.CsmUserId is { } csm && !CsmNames.ContainsKey(csm))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.CsmUserId)}", localizer["Choose a CSM from the list."]);
        }

        if (validation.IsValid && ModelState.IsValid)
        {
            ExpectVersion(db, account, Input.Version);
            account.Stage = Input.Stage;
            account.RenewalDate = Input.RenewalDate!.Value;
            account.CsmUserId = Input.CsmUserId;
            account.Coverage = Input.CsmUserId is null ? Coverage.TechTouch : Coverage.Named;
            if (await TrySaveAsync(db, localizer["Someone else changed this account while you were editing. Reload the page to see their change."]))
            {
                return Saved("/Csm/Accounts/Index", new { id }, localizer["Account saved."]);
            }
        }

        validation.AddToModelState(ModelState, nameof(Input));
        await LoadAsync(id);
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        Today = TodayFrom(clock);
        var account = await db.Accounts.AsNoTracking().Include(a => a.Contacts).SingleOrDefaultAsync(a => a.Id == id);
        if (account is null)
        {
            return false;
        }

        Account = account;
        Health = await scorer.ScoreAsync(id, Today);
        if (CsmNames.Count == 0)
        {
            CsmNames = await CsmPeople.NamesAsync(db);
        }

        var milestones = db.Milestones.Where(m => m.Objective!.Plan!.AccountId == id);
        Milestones = (
            await milestones.CountAsync(m => m.Status == MilestoneStatus.Done),
            await milestones.CountAsync(),
            await milestones.CountAsync(m => m.Status != MilestoneStatus.Done && m.DueDate < Today));
        OpenRisks = await db.Risks.CountAsync(r => r.AccountId == id && r.ResolvedAt == null);
        LastTouchpoint = await db.Touchpoints.Where(t => t.AccountId == id).MaxAsync(t => (DateTime?)t.OccurredAt);
        return true;
    }

    public sealed class InputModel
    {
        public LifecycleStage Stage { get; set; }
        public DateOnly? RenewalDate { get; set; }
        /// <summary>Empty puts the account in the tech-touch pool.</summary>
        public string? CsmUserId { get; set; }
        public int Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer<IndexModel> localizer)
        {
            RuleFor(i => i.Stage).IsInEnum().WithMessage(_ => localizer["Choose a lifecycle stage."]);
            RuleFor(i => i.RenewalDate).NotNull().WithMessage(_ => localizer["Enter the renewal date."]);
        }
    }
}
