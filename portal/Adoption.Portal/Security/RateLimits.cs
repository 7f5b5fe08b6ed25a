using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Adoption.Portal.Security;

/// <summary>How many guarded posts (sign-in, password reset, invitations) one address and one account may make.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Posts per <see cref="AddressWindow"/> from one client address (an office behind one NAT shares it).</summary>
    public int PerAddress { get; set; } = 30;
    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>Posts per <see cref="AccountWindow"/> naming one email address or token, from anywhere.</summary>
    public int PerAccount { get; set; } = 10;
    public TimeSpan AccountWindow { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>
/// ASP.NET Core's rate limiter on the posts that guess or send something: per client address and per
/// account (the email posted, or the token in the path), 429 with Retry-After past either (ASVS 5.0 V6.3).
/// Matched by path, so pages added later under these paths are guarded as they appear.
/// </summary>
internal static class RateLimits
{
    private const string AccountItem = "adoption:rate-account";
    private const string TwoFactorCookie = "Identity.TwoFactorUserId";

    public static bool IsGuarded(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.Equals("/signin", StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals("/signin/code", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/password/forgot", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/password/reset", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/invitations", StringComparison.OrdinalIgnoreCase)
            || (request.Path.Equals("/team", StringComparison.OrdinalIgnoreCase)
                && string.Equals(request.Query["handler"], "Invite", StringComparison.OrdinalIgnoreCase)));

    public static void AddPortalRateLimits(this WebApplicationBuilder builder)
    {
        var limits = builder.AddPortalOptions<RateLimitOptions>("Security:RateLimits", o => o
            .Validate(l => l.PerAddress > 0 && l.PerAccount > 0, "Security:RateLimits:PerAddress and :PerAccount must be more than zero.")
            .Validate(l => l.AddressWindow > TimeSpan.Zero && l.AccountWindow > TimeSpan.Zero, "Security:RateLimits:AddressWindow and :AccountWindow must be longer than zero."));
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => IsGuarded(http.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter("address:" + http.Connection.RemoteIpAddress, _ => Window(limits.PerAddress, limits.AddressWindow))
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(http => IsGuarded(http.Request) && http.Items[AccountItem] is string account
                    ? RateLimitPartition.GetFixedWindowLimiter("account:" + account, _ => Window(limits.PerAccount, limits.AccountWindow))
                    : RateLimitPartition.GetNoLimiter("")));
            o.OnRejected = (context, _) =>
            {
                var http = context.HttpContext;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                {
                    http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(SecurityLog.Category)
                    .RateLimited(http.Request.Path, http.Connection.RemoteIpAddress?.ToString());
                return ValueTask.CompletedTask;
            };
        });
    }

    /// <summary>The account a guarded post names is read from its form before the limiter runs.</summary>
    public static void UsePortalRateLimits(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            if (IsGuarded(http.Request))
            {
                http.Items[AccountItem] = await AccountOfAsync(http.Request);
            }

            await next(http);
        });
        app.UseRateLimiter();
    }

    private static async Task<string> AccountOfAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            try
            {
                // Buffered: model binding reads the same parsed form afterwards.
                var form = await request.ReadFormAsync();
                var email = form["Input.Email"].ToString().Trim();
                if (email.Length > 0)
                {
                    return email.ToUpperInvariant();
                }
            }
            catch (InvalidDataException)
            {
                // A malformed or oversized form: the page answers it with 400; the path still counts.
            }
        }

        // The code step names its account by Identity's two-factor cookie (protected: the same person, the same value).
        if (request.Cookies.TryGetValue(TwoFactorCookie, out var pending) && pending.Length > 0)
        {
            return "2FA:" + pending;
        }

        // Password reset and invitation links name their account by the token in the path.
        return request.Path.ToString().ToUpperInvariant();
    }

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true };
}
