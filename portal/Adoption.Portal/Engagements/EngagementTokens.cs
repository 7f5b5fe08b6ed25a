using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Adoption.Portal.Engagements;

/// <summary>What a valid token says: the engagement shown, to whom, at which account.</summary>
public sealed record EngagementToken(int EngagementId, string UserId, int AccountId);

/// <summary>
/// Opaque tokens handed out with each decided engagement and required with each outcome, signed and
/// encrypted with ASP.NET Core Data Protection. The expiry is inside the payload (not the time-limited
/// protector) so a late token is told apart from a forged one and the fake clock of tests applies.
/// </summary>
public sealed class EngagementTokens(IDataProtectionProvider provider, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    private readonly IDataProtector protector = provider.CreateProtector("Adoption.Engagements.Token.v1");

    public string Issue(int engagementId, string userId, int accountId)
    {
        var expires = clock.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds();
        return protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{engagementId}\n{accountId}\n{expires}\n{userId}"));
    }

    /// <summary>The token's claims, or the wire reason it is refused (<c>token-invalid</c>, <c>token-expired</c>).</summary>
    public (EngagementToken? Token, string? Refusal) Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2_000)
        {
            return (null, "token-invalid");
        }

        string payload;
        try
        {
            payload = protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return (null, "token-invalid");
        }

        var parts = payload.Split('\n', 4);
        if (parts.Length != 4 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var id)
            || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var account) || !long.TryParse(parts[2], CultureInfo.InvariantCulture, out var expires))
        {
            return (null, "token-invalid");
        }

        return clock.GetUtcNow().ToUnixTimeSeconds() >= expires
            ? (null, "token-expired")
            : (new EngagementToken(id, parts[3], account), null);
    }
}
