using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Adoption.Portal.Identity;

public static class IdentityExtensions
{
    public static void AddPortalIdentity(this WebApplicationBuilder builder)
    {
        var session = builder.PortalOptions().Session;

        builder.Services
            .AddIdentity<PortalUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // ASVS 5.0 V6.2: length and a common-password list (Security/Passwords), no composition rules.
                o.Password.RequiredLength = Security.Passwords.PasswordPolicy.MinLength;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AdoptionDb>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>()
            .AddPasswordValidator<Security.Passwords.PasswordPolicyValidator>();

        // The keys that protect cookies live in the database (Security/KeyRing.cs).

        builder.Services.ConfigureApplicationCookie(o =>
        {
            // __Host-: the browser keeps it to this host, path / and https only (ASVS 5.0 V3.3).
            o.Cookie.Name = builder.CookieSecurePolicy() == CookieSecurePolicy.Always ? "__Host-adoption.session" : "adoption.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = builder.CookieSecurePolicy();
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
            .AddPolicy(Policies.Csm, p => p.RequireRole(Roles.Csm))
            .AddPolicy(Policies.CsOps, p => p.RequireRole(Roles.CsOps));
    }
}

/// <summary>How long a sign-in lasts: idle expiry slides with use, absolute expiry never does.</summary>
public sealed class SessionOptions
{
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);
    public TimeSpan AbsoluteTimeout { get; set; } = TimeSpan.FromHours(12);
}

public static class TransportSecurity
{
    /// <summary>
    /// Cookies are Secure-only unless <c>Portal:AllowHttp</c> is set (the default in Development, so
    /// the demo runs on http://localhost without a certificate). Behind a TLS-terminating proxy,
    /// set <c>Portal:ForwardedHeaders</c> so the portal sees the original https scheme.
    /// </summary>
    public static CookieSecurePolicy CookieSecurePolicy(this WebApplicationBuilder builder) =>
        builder.PortalOptions().HttpAllowed(builder.Environment)
            ? Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest
            : Microsoft.AspNetCore.Http.CookieSecurePolicy.Always;
}

public static class Policies
{
    public const string Customer = nameof(Customer);
    public const string CustomerAdmin = nameof(CustomerAdmin);
    public const string Csm = nameof(Csm);
    public const string CsOps = nameof(CsOps);
}
