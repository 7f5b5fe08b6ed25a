using Adoption.Portal.Domain.Revenue;
using Adoption.Portal.Health;
using Adoption.Portal.Revenue;

namespace Adoption.Portal.Pages.Csm.Revenue;

/// <summary>
/// An account's revenue: its ARR over time, every renewal term with its outcome, the CSM's call on
/// the open one, and the forms that close a renewal or correct the ARR. Customers never see it.
/// </summary>
public sealed class AccountModel(
    AdoptionDb db, RenewalDesk desk, TimeProvider clock, IValidator<CloseInput> closeValidator, IValidator<ForecastInput> forecastValidator,
    IValidator<ArrInput> arrValidator, IValidator<OpportunityInput> opportunityValidator, HealthScorer scorer,
    IStringLocalizer<AccountModel> localizer) : CsmPageModel
{
    [BindProperty] public CloseInput Close { get; set; } = new();
    [BindProperty] public ForecastInput Call { get; set; } = new();
    [BindProperty] public ArrInput Change { get; set; } = new();
    [BindProperty] public OpportunityInput Pitch { get; set; } = new();

    public Account Account { get; private set; } = null!;
    public RenewalRecord? Open { get; private set; }
    public IReadOnlyList<RenewalRecord> Terms { get; private set; } = [];
    public IReadOnlyList<ArrChange> History { get; private set; } = [];
    public IReadOnlyList<ReasonCode> Reasons { get; private set; } = [];
    public IReadOnlyList<Opportunity> Opportunities { get; private set; } = [];
    public IReadOnlyList<ExpansionSignal> Signals { get; private set; } = [];
    public int ActiveUsers { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Call = new ForecastInput { Forecast = Open?.Forecast, Amount = Open?.ForecastArr, Version = Open?.Version ?? 0 };
        Change = new ArrInput { Arr = Account.Arr, Currency = Account.Currency, EffectiveOn = TodayFrom(clock), Version = Account.Version };
        Close = new CloseInput { RenewalId = Open?.Id ?? 0, ClosedOn = TodayFrom(clock), Version = Open?.Version ?? 0 };
        return Page();
    }

    public async Task<IActionResult> OnPostCloseAsync(int id)
    {
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == id);
        if (account is null)
        {
            return NotFound();
        }

        // An account from before renewals were kept has no term yet: closing opens and closes it at once.
        var term = Close.RenewalId == 0
            ? await desk.OpenTermAsync(account)
            : await db.Renewals.SingleOrDefaultAsync(r => r.Id == Close.RenewalId && r.AccountId == id && r.Outcome == RenewalOutcome.Open);
        if (term is null)
        {
            return NotFound();
        }

        Close.Term = term;
        Close.Today = TodayFrom(clock);
        Close.Reasons = await db.ReasonCodes.AsNoTracking().ToListAsync();
        if (!await ModelState.ValidateFormAsync(closeValidator, Close, nameof(Close)))
        {
            return await RedisplayAsync(id);
        }

        if (term.Id != 0)
        {
            ExpectVersion(db, term, Close.Version);
        }

        desk.Close(term, account, Close.Outcome!.Value, Close.NewArr ?? term.ArrAtStart, Close.ClosedOn!.Value, Close.ReasonCodeId, Close.Notes);
        if (!await TrySaveAsync(db, localizer["Someone else changed this renewal while you were editing. Reload the page to see their change."]))
        {
            return await RedisplayAsync(id);
        }

        return Saved("/Csm/Revenue/Account", new { id }, localizer["Renewal closed."]);
    }

    public async Task<IActionResult> OnPostForecastAsync(int id)
    {
        if (!await db.Accounts.AnyAsync(a => a.Id == id))
        {
            return NotFound();
        }

        if (!await ModelState.ValidateFormAsync(forecastValidator, Call, nameof(Call)))
        {
            return await RedisplayAsync(id);
        }

        var account = await db.Accounts.SingleAsync(a => a.Id == id);
        var term = await desk.OpenTermAsync(account);
        if (term.Id != 0)
        {
            ExpectVersion(db, term, Call.Version);
        }

        term.Forecast = Call.Forecast!.Value;
        term.ForecastArr = term.Forecast == RenewalForecast.WillChurn ? 0m : Call.Amount;
        if (!await TrySaveAsync(db, localizer["Someone else changed this renewal while you were editing. Reload the page to see their change."]))
        {
            return await RedisplayAsync(id);
        }

        return Saved("/Csm/Revenue/Account", new { id }, localizer["Forecast saved."]);
    }

    public async Task<IActionResult> OnPostArrAsync(int id)
    {
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == id);
        if (account is null)
        {
            return NotFound();
        }

        Change.Today = TodayFrom(clock);
        if (!await ModelState.ValidateFormAsync(arrValidator, Change, nameof(Change)))
        {
            return await RedisplayAsync(id);
        }

        ExpectVersion(db, account, Change.Version);
        desk.RecordArr(account, Change.Arr!.Value, Change.Currency!, Change.EffectiveOn!.Value);
        if (!await TrySaveAsync(db, localizer["Someone else changed this account while you were editing. Reload the page to see their change."]))
        {
            return await RedisplayAsync(id);
        }

        return Saved("/Csm/Revenue/Account", new { id }, localizer["ARR recorded."]);
    }

    public async Task<IActionResult> OnPostOpportunityAsync(int id)
    {
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id);
        if (account is null)
        {
            return NotFound();
        }

        if (!await ModelState.ValidateFormAsync(opportunityValidator, Pitch, nameof(Pitch)))
        {
            return await RedisplayAsync(id);
        }

        db.Opportunities.Add(new Opportunity
        {
            AccountId = id, Kind = Pitch.Kind!.Value, Title = Pitch.Title!.Trim(), Amount = Pitch.Amount!.Value, Currency = account.Currency,
            Stage = Pitch.Stage ?? OpportunityStage.Identified, CsmUserId = account.CsmUserId, CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
        return Saved("/Csm/Revenue/Account", new { id }, localizer["Opportunity recorded."]);
    }

    public async Task<IActionResult> OnPostStageAsync(int id, int opportunityId, OpportunityStage? stage)
    {
        var opportunity = await db.Opportunities.SingleOrDefaultAsync(o => o.Id == opportunityId && o.AccountId == id);
        if (opportunity is null)
        {
            return NotFound();
        }

        if (stage is not { } next || !Enum.IsDefined(next))
        {
            return Saved("/Csm/Revenue/Account", new { id }, localizer["Choose a stage."]);
        }

        opportunity.Stage = next;
        await db.SaveChangesAsync();
        return Saved("/Csm/Revenue/Account", new { id }, localizer["Opportunity updated."]);
    }

    private async Task<IActionResult> RedisplayAsync(int id)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(id);
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id);
        if (account is null)
        {
            return false;
        }

        Account = account;
        Terms = await db.Renewals.AsNoTracking().Include(r => r.ReasonCode).Where(r => r.AccountId == id).OrderByDescending(r => r.DueDate).ToListAsync();
        Open = Terms.FirstOrDefault(t => t.IsOpen);
        History = await db.ArrChanges.AsNoTracking().Where(c => c.AccountId == id)
            .OrderByDescending(c => c.EffectiveOn).ThenByDescending(c => c.RecordedAt).ThenByDescending(c => c.Id).ToListAsync();
        Reasons = await db.ReasonCodes.AsNoTracking().Where(r => !r.Retired).OrderBy(r => r.Kind).ThenBy(r => r.Label).ToListAsync();
        Opportunities = await db.Opportunities.AsNoTracking().Where(o => o.AccountId == id).OrderByDescending(o => o.CreatedAt).ToListAsync();
        var today = TodayFrom(clock);
        var since = today.AddDays(-30);
        ActiveUsers = await db.UserDays.Where(d => d.AccountId == id && d.Day >= since).Select(d => d.UserKey).Distinct().CountAsync();
        var nps = await db.NpsResponses.Where(n => n.AccountId == id).OrderByDescending(n => n.RespondedAt).Select(n => (int?)n.Score).FirstOrDefaultAsync();
        Signals = ExpansionSignals.For(account.LicensedSeats, ActiveUsers, nps, (await scorer.ScoreAsync(id, today)).Color);
        return true;
    }
}
