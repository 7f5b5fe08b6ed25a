using Adoption.Portal.Data;
using Adoption.Portal.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Adoption.Portal.Pages.Csm.Portfolio;

/// <summary>Every account the vendor serves, soonest renewal first.</summary>
public sealed class IndexModel(AdoptionDb db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Account> Accounts { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Accounts = await db.Accounts.AsNoTracking().OrderBy(a => a.RenewalDate).ToListAsync();
    }
}
