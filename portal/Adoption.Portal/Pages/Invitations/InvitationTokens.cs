using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Adoption.Portal.Pages.Invitations;

/// <summary>
/// Invitation links carry a random token; only its SHA-256 is stored, so a copy of the database
/// cannot be used to accept anyone's invitation.
/// </summary>
public static class InvitationTokens
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public static (string Token, byte[] Hash) Create()
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public static string PathFor(string token) => "/invitations/" + token;
}
