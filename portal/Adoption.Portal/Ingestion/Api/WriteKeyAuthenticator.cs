using System.Security.Cryptography;
using System.Text;

namespace Adoption.Portal.Ingestion.Api;

/// <summary>
/// Finds the write key a request presents. Only SHA-256 hashes are stored, so the lookup is by
/// hash, cached for <see cref="IngestionOptions.CacheLifetime"/>; revoking through the portal
/// calls <see cref="Forget"/>, so a revoked key stops working at once on this server.
/// </summary>
public sealed class WriteKeyAuthenticator(IServiceScopeFactory scopes, TimeProvider clock, IngestionOptions options)
{
    private readonly ExpiringCache<string, int?> cache = new(clock, options.CacheLifetime);

    /// <summary>The id of the active key, or null when it is unknown or revoked.</summary>
    public async ValueTask<int?> AuthenticateAsync(string? writeKey, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(writeKey) || writeKey.Length > 200)
        {
            return null;
        }

        return await cache.GetAsync(Convert.ToBase64String(Hash(writeKey)), ReadAsync, cancellationToken);
    }

    private async Task<int?> ReadAsync(string hash, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdoptionDb>();
        var bytes = Convert.FromBase64String(hash);
        return await db.WriteKeys.AsNoTracking()
            .Where(k => k.Hash == bytes && k.RevokedAt == null)
            .Select(k => (int?)k.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Drops every cached answer (after a key is created or revoked).</summary>
    public void Forget() => cache.Clear();

    public static byte[] Hash(string writeKey) => SHA256.HashData(Encoding.UTF8.GetBytes(writeKey));

    /// <summary>The key in an <c>Authorization: Basic</c> header: Segment sends it as the user name with an empty password.</summary>
    public static string? FromBasicHeader(string? authorization)
    {
        const string scheme = "Basic ";
        if (authorization is null || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        Span<byte> decoded = stackalloc byte[256];
        if (!Convert.TryFromBase64String(authorization[scheme.Length..].Trim(), decoded, out var length))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(decoded[..length]);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? text : text[..colon];
    }
}
