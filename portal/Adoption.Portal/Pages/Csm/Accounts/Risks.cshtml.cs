using Adoption.Portal.Health.Risks;

namespace Adoption.Portal.Pages.Csm.Accounts;

/// <summary>
/// The account's risks (the CSM's and the rules'), each with owner, status, due date and history, and
/// the CSM's read of the customer's sentiment. Open and mitigating risks weigh on health. Customers never see them.
/// </summary>
public sealed class RisksModel(
    AdoptionDb db, TimeProvider clock, RiskSignals signals, IValidator<RisksModel.InputModel> validator, IValidator<RisksModel.SentimentInput> sentimentValidator,
    IStringLocalizer<RisksModel> localizer)
    : CsmPageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty] public SentimentInput Sentiment { get; set; } = new();

    public Account Account { get; private set; } = null!;
    public IReadOnlyList<Risk> Risks { get; private set; } = [];
    public IReadOnlyList<SentimentEntry> SentimentHistory { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Staff { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<int, string> Features { get; private set; } = new Dictionary<int, string>();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input.OwnerUserId = UserId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(Input);
        if (!validation.IsValid || !ModelState.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        if (!OwnerAndFeatureExist(Input.OwnerUserId, Input.KeyFeatureId, nameof(Input)))
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Risks.Add(new Risk
        {
            AccountId = id, Category = Input.Category, Title = Input.Title.Trim(),
            Detail = Input.Detail.TrimmedOrNull(), RaisedAt = now,
            OwnerUserId = Input.OwnerUserId, DueDate = Input.DueDate, KeyFeatureId = Input.KeyFeatureId,
            History = [new RiskEvent { Kind = RiskEventKind.Raised, ByName = User.DisplayNameOf(), At = now, Text = Input.Detail?.Trim() }],
        });
        await db.SaveChangesAsync();
        return Saved("/Csm/Accounts/Risks", new { id }, localizer["Risk raised."]);
    }

    public async Task<IActionResult> OnPostResolveAsync(int id, int riskId)
    {
        var risk = await db.Risks.SingleOrDefaultAsync(r => r.Id == riskId && r.AccountId == id);
        if (risk is null)
        {
            return NotFound();
        }

        // Resolving twice keeps the first time: the risk was resolved then.
        if (risk.ResolvedAt is null)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            db.RiskEvents.Add(new RiskEvent { RiskId = risk.Id, Kind = RiskEventKind.StatusChanged, Text = $"{risk.Status} → {RiskStatus.Closed}", ByName = User.DisplayNameOf(), At = now });
            risk.ResolvedAt = now;
            risk.Mitigating = false;
        }

        await db.SaveChangesAsync();
        return Saved("/Csm/Accounts/Risks", new { id }, localizer["Risk resolved."]);
    }

    /// <summary>Records the CSM's read of the customer; a negative one raises a sentiment risk at once.</summary>
    public async Task<IActionResult> OnPostSentimentAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var validation = await sentimentValidator.ValidateAsync(Sentiment);
        if (!validation.IsValid || !ModelState.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Sentiment));
            return Page();
        }

        db.SentimentEntries.Add(new SentimentEntry
        {
            AccountId = id, Sentiment = Sentiment.Value!.Value, Note = Sentiment.Note.TrimmedOrNull(),
            ByName = User.DisplayNameOf(), At = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
        // The rules follow at once rather than at night: a negative read opens its risk, a better one closes it.
        await signals.RunAsync([id], TodayFrom(clock));
        return Saved("/Csm/Accounts/Risks", new { id }, localizer["Sentiment recorded."]);
    }

    private bool OwnerAndFeatureExist(string? ownerUserId, int? featureId, string prefix)
    {
        if (ownerUserId is not null && !Staff.ContainsKey(ownerUserId))
        {
            ModelState.AddModelError($"{prefix}.OwnerUserId", localizer["Choose an owner from the team."]);
        }

        if (featureId is { } f && !Features.ContainsKey(f))
        {
            ModelState.AddModelError($"{prefix}.KeyFeatureId", localizer["Choose a key feature from the catalogue."]);
        }

        return ModelState.IsValid;
    }

    private async Task<bool> LoadAsync(int id)
    {
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id);
        if (account is null)
        {
            return false;
        }

        Account = account;
        Risks = await db.Risks.AsNoTracking().Where(r => r.AccountId == id).OrderBy(r => r.ResolvedAt != null).ThenByDescending(r => r.RaisedAt).ToListAsync();
        SentimentHistory = await db.SentimentEntries.AsNoTracking().Where(e => e.AccountId == id).OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(10).ToListAsync();
        Staff = await CsmPeople.NamesAsync(db);
        Features = await db.KeyFeatures.AsNoTracking().OrderBy(f => f.Order).ToDictionaryAsync(f => f.Id, f => f.Name);
        return true;
    }

    public sealed class InputModel
    {
        public RiskCategory Category { get; set; }
        public string Title { get; set; } = "";
        public string? Detail { get; set; }
        public string? OwnerUserId { get; set; }
        public DateOnly? DueDate { get; set; }
        public int? KeyFeatureId { get; set; }
    }

    public sealed class SentimentInput
    {
        public CsmSentiment? Value { get; set; }
        public string? Note { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer<RisksModel> localizer)
        {
            RuleFor(i => i.Category).IsInEnum().WithMessage(_ => localizer["Choose a risk category."]);
            RuleFor(i => i.Title).NotEmpty().WithMessage(_ => localizer["Name the risk."])
                .MaximumLength(200).WithMessage(_ => localizer["Keep the title under 200 characters."]);
            RuleFor(i => i.Detail).MaximumLength(4000).WithMessage(_ => localizer["Keep the detail under 4,000 characters."]);
            RuleFor(i => i.KeyFeatureId).NotNull().WithMessage(_ => localizer["A product risk names the key feature it concerns."])
                .When(i => i.Category == RiskCategory.Product);
        }
    }

    public sealed class SentimentValidator : AbstractValidator<SentimentInput>
    {
        public SentimentValidator(IStringLocalizer<RisksModel> localizer)
        {
            RuleFor(i => i.Value).NotNull().IsInEnum().WithMessage(_ => localizer["Choose how the customer feels."]);
            RuleFor(i => i.Note).MaximumLength(2000).WithMessage(_ => localizer["Keep the note under 2,000 characters."]);
        }
    }
}
