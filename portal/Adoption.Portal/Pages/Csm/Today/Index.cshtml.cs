using Adoption.Portal.Data;
using Microsoft.AspNetCore.Mvc;

namespace Adoption.Portal.Pages.Csm.Today;

/// <summary>The CSM's day: renewals to reach out about, overdue milestones, new detractors, champion
/// changes, support risk and sign-offs waiting. Their own accounts unless they ask for all.</summary>
public sealed class IndexModel(AdoptionDb db, TimeProvider clock) : CsmPageModel
{
    /// <summary>"all" shows every account; anything else the signed-in CSM's own.</summary>
    [BindProperty(SupportsGet = true)] public string? Scope { get; set; }

    public bool AllAccounts => Scope == "all";
    public TodayAgenda Agenda { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Today = DateOnly.FromDateTime(now);
        Agenda = new TodayAgenda(db);
        await Agenda.LoadAsync(AllAccounts ? null : UserId, now);
    }
}
