using Adoption.Portal.Data;
using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Web;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Adoption.Portal.Pages.Csm.Accounts;

/// <summary>Risks the CSM raises and resolves; open ones weigh on health. Customers never see them.</summary>
public sealed class RisksModel(AdoptionDb db, TimeProvider clock, IValidator<RisksModel.InputModel> validator, IStringLocalizer<RisksModel> localizer)
    : CsmPageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public Account Account { get; private set; } = null!;
    public IReadOnlyList<Risk> Risks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        return await AddToAccountAsync(db, id, validator, Input, nameof(Input), () => LoadAsync(id),
            () => db.Risks.Add(new Risk
            {
                AccountId = id, Category = Input.Category, Title = Input.Title.Trim(),
                Detail = Input.Detail.TrimmedOrNull(), RaisedAt = clock.GetUtcNow().UtcDateTime,
            }),
            () => new Saving("/Csm/Accounts/Risks", new { id }, localizer["Risk raised."]));
    }

    public async Task<IActionResult> OnPostResolveAsync(int id, int riskId)
    {
        var risk = await db.Risks.SingleOrDefaultAsync(r => r.Id == riskId && r.AccountId == id);
        if (risk is null)
        {
            return NotFound();
        }

        // Resolving twice keeps the first time: the risk was resolved then.
        risk.ResolvedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        return Saved("/Csm/Accounts/Risks", new { id }, localizer["Risk resolved."]);
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
        return true;
    }

    public sealed class InputModel
    {
        public RiskCategory Category { get; set; }
        public string Title { get; set; } = "";
        public string? Detail { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer<RisksModel> localizer)
        {
            RuleFor(i => i.Category).IsInEnum().WithMessage(_ => localizer["Choose a risk category."]);
            RuleFor(i => i.Title).NotEmpty().WithMessage(_ => localizer["Name the risk."])
                .MaximumLength(200).WithMessage(_ => localizer["Keep the title under 200 characters."]);
            RuleFor(i => i.Detail).MaximumLength(4000).WithMessage(_ => localizer["Keep the detail under 4,000 characters."]);
        }
    }
}
