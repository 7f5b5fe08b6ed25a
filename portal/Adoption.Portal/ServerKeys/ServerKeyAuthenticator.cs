using System.Collections.Concurrent;
using Adoption.Portal.Data;
using Adoption.Portal.Ingestion.Api;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.ServerKeys;

/// <summary>
/// Finds the secret server key a request presents, by its SHA-256 hash. Answers are cached for
/// 30 seconds so the decision API does not read the key table on every call; revoking through the
/// portal calls <see cref="Forget"/>, so a revoked key stops working at once on this server (and
/// within the cache lifetime on others).
/// </summary>
public sealed class ServerKeyAuthenticator(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (ServerKeyCaller? Caller, DateTimeOffset ReadAt)> cache = new(StringComparer.Ordinal);

    /// <summary>The active key's caller, or null when the key is unknown or revoked.</summary>
    public async ValueTask<ServerKeyCaller?> AuthenticateAsync(string? key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 200)
        {
            return null;
        }

        var hash = WriteKeyAuthenticator.Hash(key);
        var cacheKey = Convert.ToBase64String(hash);
        var now = clock.GetUtcNow();
        if (cache.TryGetValue(cacheKey, out var entry) && now - entry.ReadAt < CacheLifetime)
        {
            return entry.Caller;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdoptionDb>();
        var caller = await db.ServerKeys.AsNoTracking()
            .Where(k => k.Hash == hash && k.RevokedAt == null)
            .Select(k => new ServerKeyCaller(k.Id, k.EnvironmentId, k.Environment!.Name))
            .FirstOrDefaultAsync(cancellationToken);
        if (cache.Count > 10_000)
        {
            // Random keys from a scanner must not grow the cache without bound.
            cache.Clear();
        }

        cache[cacheKey] = (caller, now);
        return caller;
    }

    /// <summary>Drops every cached answer (after a key is created or revoked).</summary>
    public void Forget() => cache.Clear();
}
