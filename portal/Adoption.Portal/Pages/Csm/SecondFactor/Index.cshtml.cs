using Adoption.Portal.Domain.Security;
using Adoption.Portal.Security;
using Microsoft.AspNetCore.Authorization;

namespace Adoption.Portal.Pages.Csm.SecondFactor;

/// <summary>
/// CS operations require an authenticator app for all staff (Security/SecondFactor). A change is
/// written to the security log, since it widens or narrows how staff sign in.
/// </summary>
[Authorize(Policy = Policies.CsOps)]
public sealed class IndexModel(AdoptionDb db, TimeProvider clock, IStringLocalizer<IndexModel> localizer, ILoggerFactory logs) : CsmPageModel
{
    [BindProperty] public bool RequireSecondFactor { get; set; }
    [BindProperty] public int Version { get; set; }

    public StaffSecuritySettings? Current { get; private set; }

    public async Task OnGetAsync()
    {
        Current = await db.StaffSecuritySettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync();
        RequireSecondFactor = Current?.RequireSecondFactor ?? false;
        Version = Current?.Version ?? 0;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var settings = await db.StaffSecuritySettings.OrderBy(s => s.Id).FirstOrDefaultAsync();
        if (settings is null)
        {
            settings = db.StaffSecuritySettings.Add(new StaffSecuritySettings()).Entity;
        }
        else
        {
            ExpectVersion(db, settings, Version);
        }

        var changed = settings.RequireSecondFactor != RequireSecondFactor;
        settings.RequireSecondFactor = RequireSecondFactor;
        settings.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        settings.UpdatedBy = User.Identity?.Name;
        if (!await TrySaveAsync(db, localizer["Someone else changed this setting while you were editing. Reload the page to see their change."]))
        {
            Current = await db.StaffSecuritySettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync();
            return Page();
        }

        if (changed)
        {
            logs.CreateLogger(SecurityLog.Category).StaffSecondFactorRuleChanged(RequireSecondFactor ? "required" : "optional", User.Identity?.Name);
        }

        StatusMessage = RequireSecondFactor
            ? localizer["Saved. Staff without an authenticator app are asked to turn one on before anything else."]
            : localizer["Saved. An authenticator app is optional for staff."];
        return RedirectToPage();
    }
}
