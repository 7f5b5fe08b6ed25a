using System.Security.Claims;

namespace Adoption.Portal.Security;

/// <summary>Logs refusals as they leave: 403s, and 404s a signed-in person got for an id (often another account's).</summary>
internal static class SecurityEventMiddleware
{
    public static void UseSecurityEventLog(this WebApplication app)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(SecurityLog.Category);
        app.Use(async (http, next) =>
        {
            await next(http);
            var status = http.Response.StatusCode;
            if (status is not (StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound))
            {
                return;
            }

            var user = http.User;
            var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
            var address = http.Connection.RemoteIpAddress?.ToString();
            // The cookie handler sends a refused person to /forbidden?ReturnUrl=…: the page asked for is that.
            var path = http.Request.Path.StartsWithSegments("/forbidden") && http.Request.Query["ReturnUrl"] is { Count: > 0 } asked
                ? asked.ToString()
                : http.Request.Path.ToString();
            if (status == StatusCodes.Status403Forbidden)
            {
                log.Forbidden(userId, user.AccountIdOf(), path, address);
            }
            else if (userId is not null && path.Any(char.IsAsciiDigit))
            {
                log.NotFoundForAccount(userId, user.AccountIdOf(), path, address);
            }
        });
    }
}
