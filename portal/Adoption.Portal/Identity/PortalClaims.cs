using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Adoption.Portal.Identity;

public static class PortalClaims
{
    public const string AccountId = "adoption:account";
    public const string ContactId = "adoption:contact";
    public const string DisplayName = "adoption:name";
    public const string Locale = "adoption:locale";

    /// <summary>The one account a customer user belongs to; null for vendor staff.</summary>
    public static int? AccountIdOf(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(AccountId), CultureInfo.InvariantCulture, out var id) ? id : null;

    public static int? ContactIdOf(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(ContactId), CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string DisplayNameOf(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayName) ?? user.Identity?.Name ?? "";
}

/// <summary>Puts the account, contact, name and language on the sign-in cookie.</summary>
internal sealed class PortalClaimsFactory(
    UserManager<PortalUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.DisplayName, user.DisplayName));
        if (user.AccountId is { } accountId)
        {
            identity.AddClaim(new Claim(PortalClaims.AccountId, accountId.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.ContactId is { } contactId)
        {
            identity.AddClaim(new Claim(PortalClaims.ContactId, contactId.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.Locale is { } locale)
        {
            identity.AddClaim(new Claim(PortalClaims.Locale, locale));
        }

        return identity;
    }
}
