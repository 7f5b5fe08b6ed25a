using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Adoption.Portal.AccessLinks;

/// <summary>Issues and spends <see cref="AccessLink"/>s on the caller's context (so a link saves with the change that made it).</summary>
public sealed class AccessLinkIssuer(AdoptionDb db, TimeProvider clock)
{
    public static readonly TimeSpan SetPasswordLifetime = TimeSpan.FromHours(1);
    public static readonly TimeSpan ResetLifetime = TimeSpan.FromHours(1);
    /// <summary>An invited colleague may not read their mail within the hour; a week, as customer invitations.</summary>
    public static readonly TimeSpan StaffInvitationLifetime = TimeSpan.FromDays(7);
    public static readonly TimeSpan PortalSignInLifetime = TimeSpan.FromMinutes(5);

    /// <summary>Adds a link for <paramref name="userId"/> (saved by the caller's next SaveChanges) and returns its token.</summary>
    public string Issue(string userId, AccessLinkPurpose purpose, TimeSpan lifetime, string? returnPath = null)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow().UtcDateTime;
        db.Set<AccessLink>().Add(new AccessLink
        {
            UserId = userId, Purpose = purpose, TokenHash = Hash(token), ReturnPath = returnPath, CreatedAt = now, ExpiresAt = now + lifetime,
        });
        return token;
    }

    /// <summary>The link while it can still be used; null when unknown, spent, expired or for another purpose.</summary>
    public async Task<AccessLink?> FindUsableAsync(string token, params AccessLinkPurpose[] purposes)
    {
        var hash = Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Set<AccessLink>().AsNoTracking()
            .SingleOrDefaultAsync(l => l.TokenHash == hash && l.UsedAt == null && l.ExpiresAt > now && purposes.Contains(l.Purpose));
    }

    /// <summary>Spends the link; false when another request spent it first or it expired meanwhile.</summary>
    public async Task<bool> SpendAsync(AccessLink link)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Single use even under a double click: only one request can flip UsedAt.
        var spent = await db.Set<AccessLink>()
            .Where(l => l.Id == link.Id && l.UsedAt == null && l.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.UsedAt, now));
        return spent == 1;
    }

    /// <summary>Ends every open link of one purpose for the user (a newer link replaces older ones).</summary>
    public Task RevokeAsync(string userId, AccessLinkPurpose purpose)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Set<AccessLink>().Where(l => l.UserId == userId && l.Purpose == purpose && l.UsedAt == null && l.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, now));
    }

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public static string PasswordPath(string token) => "/password/reset/" + token;
}
