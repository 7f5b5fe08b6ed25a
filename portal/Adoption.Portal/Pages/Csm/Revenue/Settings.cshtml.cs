using Adoption.Portal.Domain.Revenue;
using Adoption.Portal.Revenue;
using Microsoft.AspNetCore.Authorization;

namespace Adoption.Portal.Pages.Csm.Revenue;

/// <summary>
/// What CS operations keep for the revenue figures: the reason codes a closed renewal picks from,
/// the dated exchange rates into the reporting currency, and each CSM's target for the quarter.
/// </summary>
[Authorize(Policy = Policies.CsOps)]
public sealed class SettingsModel(
    AdoptionDb db, TimeProvider clock, RevenueOptions options, IValidator<ReasonInput> reasonValidator, IValidator<RateInput> rateValidator,
    IValidator<TargetInput> targetValidator, IStringLocalizer<SettingsModel> localizer) : CsmPageModel
{
    private IActionResult SavedHere(string message) => Saved("/Csm/Revenue/Settings", null, message);

    [BindProperty] public ReasonInput Reason { get; set; } = new();
    [BindProperty] public RateInput Rate { get; set; } = new();
    [BindProperty] public TargetInput Target { get; set; } = new();

    public IReadOnlyList<ReasonCode> Reasons { get; private set; } = [];
    public IReadOnlyList<CurrencyRate> Rates { get; private set; } = [];
    public IReadOnlyList<CsmTarget> Targets { get; private set; } = [];
    public IReadOnlyDictionary<string, string> CsmNames { get; private set; } = new Dictionary<string, string>();
    public RetentionPeriod Quarter { get; private set; } = null!;
    public string ReportingCurrency => options.ReportingCurrency;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostReasonAsync()
    {
        if (!await ModelState.ValidateFormAsync(reasonValidator, Reason, nameof(Reason)))
        {
            return await RedisplayAsync();
        }

        var code = Reason.Code!.Trim().ToUpperInvariant();
        if (await db.ReasonCodes.AnyAsync(r => r.Code == code))
        {
            ModelState.AddModelError($"{nameof(Reason)}.{nameof(ReasonInput.Code)}", localizer["That code is already on the list."]);
            return await RedisplayAsync();
        }

        db.ReasonCodes.Add(new ReasonCode { Code = code, Label = Reason.Label!.Trim(), Kind = Reason.Kind!.Value });
        await db.SaveChangesAsync();
        return SavedHere(localizer["Reason code added."]);
    }

    public async Task<IActionResult> OnPostRetireAsync(int reasonId)
    {
        var reason = await db.ReasonCodes.SingleOrDefaultAsync(r => r.Id == reasonId);
        if (reason is null)
        {
            return NotFound();
        }

        // Retiring keeps the code on the renewals that used it; it is only no longer offered.
        reason.Retired = !reason.Retired;
        await db.SaveChangesAsync();
        return SavedHere(reason.Retired ? localizer["Reason code retired."] : localizer["Reason code offered again."]);
    }

    public async Task<IActionResult> OnPostRateAsync()
    {
        if (!await ModelState.ValidateFormAsync(rateValidator, Rate, nameof(Rate)))
        {
            return await RedisplayAsync();
        }

        var currency = Rate.Currency!.ToUpperInvariant();
        if (string.Equals(currency, ReportingCurrency, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError($"{nameof(Rate)}.{nameof(RateInput.Currency)}", localizer["The reporting currency needs no rate."]);
            return await RedisplayAsync();
        }

        // The same currency and day again corrects that day's rate rather than adding a second one.
        var existing = await db.CurrencyRates.SingleOrDefaultAsync(r => r.Currency == currency && r.ValidFrom == Rate.ValidFrom);
        if (existing is null)
        {
            db.CurrencyRates.Add(new CurrencyRate { Currency = currency, ValidFrom = Rate.ValidFrom!.Value, Rate = Rate.Rate!.Value });
        }
        else
        {
            existing.Rate = Rate.Rate!.Value;
        }

        await db.SaveChangesAsync();
        return SavedHere(localizer["Rate saved."]);
    }

    public async Task<IActionResult> OnPostTargetAsync()
    {
        var names = await CsmPeople.NamesAsync(db);
        if (!await ModelState.ValidateFormAsync(targetValidator, Target, nameof(Target)) || !names.ContainsKey(Target.CsmUserId!))
        {
            if (Target.CsmUserId is { Length: > 0 } && !names.ContainsKey(Target.CsmUserId))
            {
                ModelState.AddModelError($"{nameof(Target)}.{nameof(TargetInput.CsmUserId)}", localizer["Choose a CSM from the list."]);
            }

            return await RedisplayAsync();
        }

        var quarter = RetentionPeriod.QuarterOf(TodayFrom(clock)).From;
        var target = await db.CsmTargets.SingleOrDefaultAsync(t => t.CsmUserId == Target.CsmUserId && t.Quarter == quarter);
        if (target is null)
        {
            db.CsmTargets.Add(new CsmTarget { CsmUserId = Target.CsmUserId!, Quarter = quarter, Amount = Target.Amount!.Value });
        }
        else
        {
            target.Amount = Target.Amount!.Value;
        }

        await db.SaveChangesAsync();
        return SavedHere(localizer["Target saved."]);
    }

    private async Task<IActionResult> RedisplayAsync()
    {
        db.ChangeTracker.Clear();
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Quarter = RetentionPeriod.QuarterOf(TodayFrom(clock));
        Reasons = await db.ReasonCodes.AsNoTracking().OrderBy(r => r.Kind).ThenBy(r => r.Code).ToListAsync();
        Rates = await db.CurrencyRates.AsNoTracking().OrderBy(r => r.Currency).ThenByDescending(r => r.ValidFrom).ToListAsync();
        Targets = await db.CsmTargets.AsNoTracking().Where(t => t.Quarter == Quarter.From).ToListAsync();
        CsmNames = await CsmPeople.NamesAsync(db);
    }
}
