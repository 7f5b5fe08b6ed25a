using Adoption.Portal.Ingestion.Api;

namespace Adoption.Portal.ServerKeys;

/// <summary>
/// Finds the secret server key a request presents, by its SHA-256 hash. Answers are cached for
/// 30 seconds so the decision API does not read the key table on every call; revoking through the
/// portal calls <see cref="Forget"/>, so a revoked key stops working at once on this server (and
/// within the cache lifetime on others).
/// </summary>
public sealed class ServerKeyAuthenticator(IServiceScopeFactory scopes, TimeProvider clock)
{
    private readonly ExpiringCache<string, ServerKeyCaller?> cache = new(clock, TimeSpan.FromSeconds(30));

    /// <summary>The active key's caller, or null when the key is unknown or revoked.</summary>
    public async ValueTask<ServerKeyCaller?> AuthenticateAsync(string? key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 200)
        {
            return null;
        }

        return await cache.GetAsync(Convert.ToBase64String(WriteKeyAuthenticator.Hash(key)), ReadAsync, cancellationToken);
    }

    private async Task<ServerKeyCaller?> ReadAsync(string hash, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdoptionDb>();
        var bytes = Convert.FromBase64String(hash);
        return await db.ServerKeys.AsNoTracking()
            .Where(k => k.Hash == bytes && k.RevokedAt == null)
            .Select(k => new ServerKeyCaller(k.Id, k.EnvironmentId, k.Environment!.Name))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Drops every cached answer (after a key is created or revoked).</summary>
    public void Forget() => cache.Clear();
}
