using System.Security.Claims;
using Adoption.Sdk;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Adoption.Sdk.SampleHost;

/// <summary>The sample's sign-in: one click makes you a demo user, and the product tells Adoption who that is.</summary>
internal static class SignIn
{
    private const string LocaleClaim = "locale";

    public static async Task AsAsync(HttpContext http, DemoUsers.User user, IAdoptionClient adoption)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id),
                new Claim(ClaimTypes.Name, user.Name),
                new Claim(LocaleClaim, user.Locale),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(new ClaimsPrincipal(identity));

        // Who the person is and which customer account they belong to: the portal matches them to its contacts.
        adoption.Identify(user.Id, new UserTraits { Email = user.Email, Name = user.Name, Role = user.Role, Locale = user.Locale });
        adoption.Group(user.Id, user.Company.AccountId, new GroupTraits { Name = user.Company.Name, Plan = user.Company.Plan });
    }

    /// <summary>Nudges in the signed-in user's language (the portal falls back to the account's, then English).</summary>
    public static string? Locale(HttpContext http) => http.User.FindFirstValue(LocaleClaim);

    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);
}
