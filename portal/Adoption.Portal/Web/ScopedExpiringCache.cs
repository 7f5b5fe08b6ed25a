using System.Collections.Concurrent;

namespace Adoption.Portal.Web;

/// <summary>
/// Reads from the database, each served again for <c>lifetime</c> on the portal's clock until a save in its
/// scope (an account, a person) calls <see cref="Changed"/>: the decide API's per-person lookups, so a stream of
/// decisions costs no query while a save through this portal counts at the very next one. The lifetime bounds
/// how long a change nobody reports (another portal instance on the same database) can go unseen. Unlike
/// <see cref="ExpiringCache{TKey, TValue}"/>, a change drops only its scope's reads.
/// </summary>
public sealed class ScopedExpiringCache<TScope, TKey, TValue>(TimeProvider clock, TimeSpan lifetime, int capacity = 100_000)
    where TScope : notnull
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> entries = new();
    // Per scope: a fresh number from `changes` at every save; scopes not saved since the last start afresh have `floor`.
    private readonly ConcurrentDictionary<TScope, long> generations = new();
    private long changes;
    private long floor;

    /// <summary>
    /// What <paramref name="read"/> returns for <paramref name="key"/>, from a read of the same generation of
    /// <paramref name="scope"/> within the lifetime that <paramref name="fits"/> the question when there is one.
    /// </summary>
    public async ValueTask<TValue> GetAsync(TScope scope, TKey key, Func<Task<TValue>> read, Func<TValue, bool>? fits = null)
    {
        var now = clock.GetUtcNow();
        // Taken before the query: a save that commits while it runs raises it, so what we read is not served again.
        var generation = GenerationOf(scope);
        if (entries.TryGetValue(key, out var entry) && entry.Generation == generation && now - entry.ReadAt < lifetime
            && (fits is null || fits(entry.Value)))
        {
            return entry.Value;
        }

        var value = await read();
        if (entries.Count >= capacity)
        {
            // Many distinct keys within the lifetime: start over rather than grow without bound.
            entries.Clear();
        }

        entries[key] = new Entry(value, generation, now);
        return value;
    }

    /// <summary>After a save that changed what <paramref name="scope"/>'s reads come from: the next question reads again.</summary>
    public void Changed(TScope scope)
    {
        if (generations.Count >= capacity)
        {
            // Every scope starts again above any generation a running read may hold, so none of those is served.
            Volatile.Write(ref floor, Interlocked.Increment(ref changes));
            generations.Clear();
        }

        generations[scope] = Interlocked.Increment(ref changes);
    }

    private long GenerationOf(TScope scope) => generations.TryGetValue(scope, out var generation) ? generation : Volatile.Read(ref floor);

    private sealed record Entry(TValue Value, long Generation, DateTimeOffset ReadAt);
}
