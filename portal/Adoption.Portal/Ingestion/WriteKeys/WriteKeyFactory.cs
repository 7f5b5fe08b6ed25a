using System.Security.Cryptography;
using Adoption.Portal.Domain.Ingestion;
using Adoption.Portal.Ingestion.Api;

namespace Adoption.Portal.Ingestion.WriteKeys;

/// <summary>New write keys: 128 random bits, shown once; only the hash and a recognisable prefix are kept.</summary>
public static class WriteKeyFactory
{
    public const int PrefixLength = 11;

    /// <summary>A new key and the entity that stores it (hash and prefix only).</summary>
    public static (string Key, WriteKey Entity) Create(ProductEnvironment environment, string name, DateTime now)
    {
        var key = "wk_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var entity = new WriteKey
        {
            Environment = environment, EnvironmentId = environment.Id, Name = name, Prefix = key[..PrefixLength],
            Hash = WriteKeyAuthenticator.Hash(key), CreatedAt = now,
        };
        return (key, entity);
    }
}
