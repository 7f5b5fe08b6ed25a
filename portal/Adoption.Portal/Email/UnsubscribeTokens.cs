using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Adoption.Portal.Email;

/// <summary>
/// Signed, tamper-proof tokens for one-click unsubscribe links: each names one contact and one
/// category, so a link can only ever change that one preference, and works without signing in.
/// Tokens do not expire (mail programs may use a link months later); they stay valid while the
/// data-protection key ring keeps the key that made them.
/// </summary>
public sealed class UnsubscribeTokens(IDataProtectionProvider provider)
{
    private readonly IDataProtector protector = provider.CreateProtector("Adoption.Email.Unsubscribe.v1");

    public string Create(int contactId, EmailCategory category) =>
        protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{contactId}:{(int)category}"));

    public bool TryRead(string? token, out int contactId, out EmailCategory category)
    {
        contactId = 0;
        category = default;
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        string payload;
        try
        {
            payload = protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return false;
        }

        var parts = payload.Split(':');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out contactId)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && Enum.IsDefined((EmailCategory)value))
        {
            category = (EmailCategory)value;
            return true;
        }

        return false;
    }
}
