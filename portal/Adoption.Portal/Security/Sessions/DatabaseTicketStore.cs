using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Adoption.Portal.Security.Sessions;

/// <summary>
/// Keeps sign-ins in the database; the cookie holds only a random key. Each request reads its row
/// joined to the person (one primary-key lookup), so a deleted row, a changed security stamp or a
/// deactivated person ends the session on that very request, on every instance.
/// </summary>
internal sealed class DatabaseTicketStore(
    IServiceScopeFactory scopes, IHttpContextAccessor http, TimeProvider clock, IOptions<IdentityOptions> identity, ILoggerFactory logs) : ITicketStore
{
    /// <summary>Where the current request's session id is kept for the profile's session list.</summary>
    public const string CurrentSessionItem = "adoption:session";

    /// <summary>"Last seen" is written at most this often, so reading pages is not a write each time.</summary>
    private static readonly TimeSpan LastSeenPrecision = TimeSpan.FromMinutes(1);

    /// <summary>People deactivated on the team page are locked out for good; a 15-minute lockout after failed
    /// sign-ins must not end the person's own open sessions, or anyone could sign anyone out.</summary>
    private static readonly TimeSpan Deactivated = TimeSpan.FromDays(365 * 100);

    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, http.HttpContext!, default);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var key = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow().UtcDateTime;
        var userId = ticket.Principal.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType)
            ?? throw new InvalidOperationException("A sign-in ticket without a user id.");
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdoptionDb>();
        // Housekeeping on the way: this person's expired sessions go.
        await db.SignInSessions.Where(s => s.UserId == userId && s.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        db.SignInSessions.Add(new SignInSession
        {
            Id = Hash(key),
            UserId = userId,
            SecurityStamp = ticket.Principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType),
            Ticket = TicketSerializer.Default.Serialize(ticket),
            Device = DeviceName.Of(httpContext.Request.Headers.UserAgent),
            SignedInAt = now,
            LastSeenAt = now,
            ExpiresAt = ticket.Properties.ExpiresUtc?.UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        httpContext.Items[CurrentSessionItem] = Hash(key);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, http.HttpContext!, default);

    public async Task RenewAsync(string key, AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var id = Hash(key);
        var bytes = TicketSerializer.Default.Serialize(ticket);
        var expires = ticket.Properties.ExpiresUtc?.UtcDateTime;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdoptionDb>();
        await db.SignInSessions.Where(s => s.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Ticket, bytes).SetProperty(s => s.ExpiresAt, expires).SetProperty(s => s.LastSeenAt, now), cancellationToken);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, http.HttpContext!, default);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var id = Hash(key);
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdoptionDb>();
        var row = await (
                from s in db.SignInSessions
                join u in db.Users on s.UserId equals u.Id
                where s.Id == id
                select new { s.Ticket, s.UserId, s.SecurityStamp, s.LastSeenAt, UserStamp = u.SecurityStamp, u.LockoutEnd })
            .AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        if (row.SecurityStamp != row.UserStamp || row.LockoutEnd > now + Deactivated)
        {
            logs.CreateLogger(SecurityLog.Category).SessionRevoked(row.UserId, row.SecurityStamp != row.UserStamp ? "security stamp changed" : "deactivated");
            await db.SignInSessions.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
            return null;
        }

        if (now.UtcDateTime - row.LastSeenAt > LastSeenPrecision)
        {
            var seen = now.UtcDateTime;
            await db.SignInSessions.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenAt, seen), cancellationToken);
        }

        httpContext.Items[CurrentSessionItem] = id;
        return TicketSerializer.Default.Deserialize(row.Ticket);
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, http.HttpContext!, default);

    public async Task RemoveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var id = Hash(key);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdoptionDb>();
        var userId = await db.SignInSessions.Where(s => s.Id == id).Select(s => s.UserId).SingleOrDefaultAsync(cancellationToken);
        await db.SignInSessions.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
        // Removal is sign-out: the cookie handler removes a session only when its owner signs out.
        logs.CreateLogger(SecurityLog.Category).SignedOut(userId, httpContext.Connection.RemoteIpAddress?.ToString());
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
