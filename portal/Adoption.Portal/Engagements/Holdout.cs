using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Adoption.Portal.Engagements;

/// <summary>
/// Stable holdout buckets: a hash of engagement and user, so the same person is always in or out
/// of the same engagement's holdout, on every server and after every restart, while different
/// engagements hold out different people.
/// </summary>
public static class Holdout
{
    /// <summary>0..9999: the user's bucket for the engagement.</summary>
    public static int Bucket(string engagementId, string userId)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{engagementId}\n{userId}"), hash);
        return (int)(BinaryPrimitives.ReadUInt32BigEndian(hash) % 10_000);
    }

    public static bool IsHeldOut(string engagementId, string userId, int percent) =>
        percent > 0 && Bucket(engagementId, userId) < percent * 100;
}
