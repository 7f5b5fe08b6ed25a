using System.Buffers.Binary;

namespace Adoption.Sdk.Internal;

/// <summary>
/// UUID version 7 message ids: the time in milliseconds, then random bits. Time-ordered ids keep the portal's
/// unique index append-mostly.
/// </summary>
internal static class MessageIds
{
    /// <remarks>
    /// <see cref="Guid.CreateVersion7()"/> asks the operating system for cryptographic randomness on every
    /// call, which measured as most of the cost of a Track call. An id only has to be unique, not secret, so
    /// 74 bits from the process's seeded generator will do.
    /// </remarks>
    public static Guid NewVersion7(DateTimeOffset now)
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.Shared.NextBytes(bytes[6..]);
        Span<byte> millis = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(millis, now.ToUnixTimeMilliseconds());
        millis[2..].CopyTo(bytes);
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
