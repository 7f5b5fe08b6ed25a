using Adoption.Portal.Attention;
using Adoption.Portal.Domain.Attention;
using Microsoft.AspNetCore.Authorization;

namespace Adoption.Portal.Pages.Csm.Attention;

/// <summary>
/// CS operations set how much of a person's attention nudges, surveys and emails may take. A save
/// applies to the next decision on this server at once (and on other servers within half a minute).
/// </summary>
[Authorize(Policy = Policies.CsOps)]
public sealed class IndexModel(AdoptionDb db, TimeProvider clock, AttentionLimitsSource limits, IValidator<AttentionInput> validator,
    IStringLocalizer<IndexModel> localizer) : CsmPageModel
{
    [BindProperty] public AttentionInput Input { get; set; } = new();

    public AttentionSettings? Current { get; private set; }

    public async Task OnGetAsync()
    {
        Current = await db.AttentionSettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync();
        Input = AttentionInput.From(Current is null ? limits.Configured : AttentionLimitsSource.From(Current), Current?.Version ?? 0);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var validation = await validator.ValidateAsync(Input);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            Current = await db.AttentionSettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync();
            return Page();
        }

        var settings = await db.AttentionSettings.OrderBy(s => s.Id).FirstOrDefaultAsync();
        if (settings is null)
        {
            settings = db.AttentionSettings.Add(new AttentionSettings()).Entity;
        }
        else
        {
            ExpectVersion(db, settings, Input.Version);
        }

        Input.ApplyTo(settings);
        settings.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        settings.UpdatedBy = User.Identity?.Name;
        if (!await TrySaveAsync(db, localizer["Someone else changed the limits while you were editing. Reload the page to see their change."]))
        {
            return Page();
        }

        limits.Use(settings);
        StatusMessage = localizer["Attention limits saved. The next decisions use them."];
        return RedirectToPage();
    }
}
