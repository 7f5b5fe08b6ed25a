using System.Security.Cryptography;
using Adoption.Portal.Domain.Ingestion;
using Adoption.Portal.Ingestion.Api;

namespace Adoption.Portal.ServerKeys;

/// <summary>New secret server keys: 128 random bits, shown once; only the hash and a recognisable prefix are kept.</summary>
public static class ServerKeyFactory
{
    public const int PrefixLength = 11;

    /// <summary>A new key and the entity that stores it (hash and prefix only).</summary>
    public static (string Key, ServerKey Entity) Create(ProductEnvironment environment, string name, DateTime now)
    {
        var key = "sk_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return (key, Entity(environment, name, key, now));
    }

    /// <summary>The stored form of a key whose text is already known (the demo's).</summary>
    public static ServerKey Entity(ProductEnvironment environment, string name, string key, DateTime now) => new()
    {
        Environment = environment, EnvironmentId = environment.Id, Name = name, Prefix = key[..PrefixLength],
        Hash = WriteKeyAuthenticator.Hash(key), CreatedAt = now,
    };
}
