using System.Collections.Concurrent;

namespace Adoption.Portal.Nps;

/// <summary>
/// A person's <see cref="SurveyFacts"/> for the decide API, read once and kept until an answer, an
/// outcome or a change of people is saved at their account (<see cref="SurveyFactsWatch"/>), so a
/// stream of decisions on a page with a live survey costs no survey query, while an answer still
/// counts at the very next decision on this portal. <see cref="Lifetime"/> bounds how long a change
/// saved by another portal instance, or a new active day from tracking, can go unseen. The preview and
/// "why not shown" always read the database.
/// </summary>
public sealed class SurveyFactsCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);
    private const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<(string UserId, int AccountId), Entry> entries = new();
    // Per account: raised by every save that adds or changes its answers, outcomes or people.
    private readonly ConcurrentDictionary<int, long> generations = new();

    public async ValueTask<SurveyFacts> GetAsync(string userId, int accountId, IReadOnlyList<int> surveys, Func<Task<SurveyFacts>> load)
    {
        var now = clock.GetUtcNow();
        // Read before the query: a save that commits while it runs raises it, so what we read is not kept.
        var generation = generations.GetValueOrDefault(accountId);
        if (entries.TryGetValue((userId, accountId), out var entry) && entry.Generation == generation
            && now - entry.ReadAt < Lifetime && entry.ReadAt.UtcDateTime.Date == now.UtcDateTime.Date && entry.Surveys.SequenceEqual(surveys))
        {
            return entry.Facts;
        }

        var facts = await load();
        if (entries.Count >= MaxEntries)
        {
            // Many distinct people within the lifetime: start over rather than grow without bound.
            entries.Clear();
        }

        entries[(userId, accountId)] = new Entry(facts, generation, surveys, now);
        return facts;
    }

    /// <summary>After a save that changed <paramref name="accountId"/>'s answers, outcomes or people: the next decision reads again.</summary>
    public void Changed(int accountId) => generations.AddOrUpdate(accountId, 1, (_, g) => g + 1);

    // The surveys asked about are part of the facts: a page with other placements reads its own.
    private sealed record Entry(SurveyFacts Facts, long Generation, IReadOnlyList<int> Surveys, DateTimeOffset ReadAt);
}
