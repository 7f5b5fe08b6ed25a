using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Adoption.Portal.Nps;

/// <summary>What an emailed survey's link says: which survey, to whom, for which period.</summary>
public sealed record SurveyEmailToken(int EngagementId, int ContactId, int AccountId, string Period);

/// <summary>
/// The signed, encrypted token in an emailed survey's score links (Data Protection, like the engagement tokens):
/// the survey, the contact, the account and the period, with its expiry inside so the injected clock applies.
/// </summary>
public sealed class SurveyEmailTokens(IDataProtectionProvider provider, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);
    private readonly IDataProtector protector = provider.CreateProtector("Adoption.Nps.EmailToken.v1");

    public string Issue(int engagementId, int contactId, int accountId, string period)
    {
        var expires = clock.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds();
        return protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{engagementId}\n{contactId}\n{accountId}\n{expires}\n{period}"));
    }

    /// <summary>The token's claims, or null when it is forged, damaged or expired.</summary>
    public SurveyEmailToken? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2_000)
        {
            return null;
        }

        string payload;
        try
        {
            payload = protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }

        var p = payload.Split('\n', 5);
        return p.Length == 5 && int.TryParse(p[0], CultureInfo.InvariantCulture, out var survey) && int.TryParse(p[1], CultureInfo.InvariantCulture, out var contact)
            && int.TryParse(p[2], CultureInfo.InvariantCulture, out var account) && long.TryParse(p[3], CultureInfo.InvariantCulture, out var expires)
            && clock.GetUtcNow().ToUnixTimeSeconds() < expires
            ? new SurveyEmailToken(survey, contact, account, p[4])
            : null;
    }
}
