using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Adoption.Portal.Security.Sessions;

internal static class SessionExtensions
{
    /// <summary>Sign-in cookies point at rows in the database (<see cref="DatabaseTicketStore"/>).</summary>
    public static void AddServerSideSessions(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseTicketStore>();
        services.AddScoped<SignInSessions>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<DatabaseTicketStore>((o, store) => o.SessionStore = store);
    }
}
