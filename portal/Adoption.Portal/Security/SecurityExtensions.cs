using Adoption.Portal.Security.Sessions;
using Microsoft.AspNetCore.HttpsPolicy;

namespace Adoption.Portal.Security;

public static class SecurityExtensions
{
    /// <summary>Response headers, the https rule and server-side sessions (ASVS 5.0 V3, V7, V12).</summary>
    public static void AddSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddPortalSecurityHeaders(builder.Environment.IsDevelopment());
        builder.Services.AddServerSideSessions();
        builder.AddPortalKeyRing();
        builder.AddPortalRateLimits();
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<EvenSignIn>();
        builder.Services.AddExceptionHandler<PortalExceptionHandler>();
        builder.Services.AddSingleton<Passwords.PasswordPolicy>();
        var https = HttpsRequirement.From(builder.PortalOptions(), builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(https);
        builder.Services.Configure<HttpsRedirectionOptions>(o =>
        {
            o.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
            o.HttpsPort = https.HttpsPort;
        });
    }

    /// <summary>First in the pipeline, so error pages and short-circuited answers carry the headers too.</summary>
    public static void UseSecurity(this WebApplication app)
    {
        app.UseSecurityHeaders();
        // The original scheme and address must be known before the https rule and rate limits look at them.
        if (app.Services.GetRequiredService<PortalOptions>().ForwardedHeaders)
        {
            app.UseForwardedHeaders();
        }

        var https = app.Services.GetRequiredService<HttpsRequirement>();
        if (https.Required)
        {
            app.UseHttpsRedirection();
            https.FailWhenUnreachable(app);
        }

        app.UseSecurityEventLog();
        app.UsePortalRateLimits();
    }
}
