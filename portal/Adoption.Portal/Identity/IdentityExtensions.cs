using Adoption.Portal.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Adoption.Portal.Identity;

public static class IdentityExtensions
{
    public static void AddPortalIdentity(this WebApplicationBuilder builder)
    {
        var session = builder.Configuration.GetSection("Portal:Session").Get<SessionOptions>() ?? new SessionOptions();
        builder.Services.AddSingleton(session);

        builder.Services
            .AddIdentity<PortalUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AdoptionDb>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>();

        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "adoption.session";
            o.Cookie.HttpOnly = true;
            // Browsers treat http://localhost as secure, so the demo works without a certificate.
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = session.IdleTimeout;
            o.SlidingExpiration = true;
            o.LoginPath = "/signin";
            o.LogoutPath = "/signout";
            o.AccessDeniedPath = "/forbidden";
            o.Events = new AbsoluteExpiryCookieEvents(session);
        });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Customer, p => p.RequireRole(Roles.CustomerUser, Roles.CustomerAdmin).RequireClaim(PortalClaims.AccountId))
            .AddPolicy(Policies.CustomerAdmin, p => p.RequireRole(Roles.CustomerAdmin).RequireClaim(PortalClaims.AccountId))
            .AddPolicy(Policies.Csm, p => p.RequireRole(Roles.Csm));
    }
}

/// <summary>How long a sign-in lasts: idle expiry slides with use, absolute expiry never does.</summary>
public sealed class SessionOptions
{
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);
    public TimeSpan AbsoluteTimeout { get; set; } = TimeSpan.FromHours(12);
}

public static class Policies
{
    public const string Customer = nameof(Customer);
    public const string CustomerAdmin = nameof(CustomerAdmin);
    public const string Csm = nameof(Csm);
}
