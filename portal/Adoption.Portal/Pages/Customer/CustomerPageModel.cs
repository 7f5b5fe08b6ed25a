using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Adoption.Portal.Pages.Customer;

/// <summary>Base for pages a customer's people see: always about the signed-in person's own account.</summary>
public abstract class CustomerPageModel : PageModel
{
    /// <summary>The signed-in customer's account (the folder's policy guarantees the claim).</summary>
    protected int AccountId => User.AccountIdOf() ?? throw new InvalidOperationException("Customer pages need an account claim.");

    protected static DateOnly TodayFrom(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
