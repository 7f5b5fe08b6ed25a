namespace Adoption.Portal.Identity;

/// <summary>
/// The account whose data this request may see: the signed-in customer's own account, or null for
/// vendor staff, background work and anonymous endpoints. The DbContext filters every
/// account-owned table by it, so a page that forgets to scope a query still cannot leak.
/// </summary>
public sealed class CurrentTenant(IHttpContextAccessor http)
{
    public int? AccountId
    {
        get
        {
            var user = http.HttpContext?.User;
            // A CSM viewing as a customer sees that customer's account only.
            return user is null || (user.IsInRole(Roles.Csm) && !Onboarding.ViewAs.IsViewingAs(user)) ? null : user.AccountIdOf();
        }
    }
}
