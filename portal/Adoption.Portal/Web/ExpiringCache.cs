using System.Collections.Concurrent;

namespace Adoption.Portal.Web;

/// <summary>
/// Answers read from the database, each trusted for <c>lifetime</c> on the portal's clock; the
/// page that changes what they were read from calls <see cref="Clear"/>, so the change applies on
/// this server at once (and within the lifetime on others). Holding more than <c>capacity</c>
/// answers starts it afresh, so random keys from a scanner cannot grow it without bound.
/// </summary>
public sealed class ExpiringCache<TKey, TValue>(TimeProvider clock, TimeSpan lifetime, int capacity = 10_000)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, (TValue Value, DateTimeOffset ReadAt)> entries = new();

    /// <summary>The answer for <paramref name="key"/>, read anew by <paramref name="read"/> when none is fresh.</summary>
    public async ValueTask<TValue> GetAsync(TKey key, Func<TKey, CancellationToken, Task<TValue>> read, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (entries.TryGetValue(key, out var entry) && now - entry.ReadAt < lifetime)
        {
            return entry.Value;
        }

        var value = await read(key, cancellationToken);
        if (entries.Count >= capacity)
        {
            entries.Clear();
        }

        entries[key] = (value, now);
        return value;
    }

    /// <summary>Drops every answer (after what they were read from changed).</summary>
    public void Clear() => entries.Clear();
}
