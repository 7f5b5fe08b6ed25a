using Microsoft.AspNetCore.Identity;

namespace Adoption.Portal.Security.SecondFactor;

/// <summary>
/// When CS operations require an authenticator app for all staff (/csm/second-factor), a signed-in
/// CSM or CS operations admin without one is sent to /security/authenticator from every page until
/// they turn it on. Turning it on ends their sessions, so the next sign-in asks for a code. Customers
/// are never affected: the rule reads staff roles only.
/// </summary>
public static class StaffSecondFactorRequirement
{
    public const string EnrolmentPath = "/security/authenticator";

    // Enrolment itself, leaving, and the pages an error or refusal re-executes to: anything else
    // would lock the person out of the one thing they are asked to do.
    private static readonly string[] Open = [EnrolmentPath, "/signout", "/signin", "/status", "/error", "/forbidden"];

    /// <summary>After authentication (the user must be known), before authorization and the pages.</summary>
    public static void UseStaffSecondFactorRequirement(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (await MustEnrolAsync(context))
        {
            context.Response.Redirect(EnrolmentPath);
            return;
        }

        await next(context);
    });

    private static async Task<bool> MustEnrolAsync(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true || !(user.IsInRole(Roles.Csm) || user.IsInRole(Roles.CsOps)))
        {
            return false;
        }

        var path = context.Request.Path;
        if (Open.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var db = context.RequestServices.GetRequiredService<AdoptionDb>();
        var required = await db.StaffSecuritySettings.AsNoTracking().OrderBy(s => s.Id)
            .Select(s => s.RequireSecondFactor).FirstOrDefaultAsync(context.RequestAborted);
        if (!required)
        {
            return false;
        }

        var users = context.RequestServices.GetRequiredService<UserManager<PortalUser>>();
        var person = await users.GetUserAsync(user);
        return person is not null && !await users.GetTwoFactorEnabledAsync(person);
    }
}
