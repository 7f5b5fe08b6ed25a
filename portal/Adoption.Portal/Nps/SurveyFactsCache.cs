using Adoption.Portal.Web;

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

    // Per account: every save that adds or changes its answers, outcomes or people drops its people's facts.
    private readonly ScopedExpiringCache<int, (string UserId, int AccountId), Kept> cache = new(clock, Lifetime);

    public async ValueTask<SurveyFacts> GetAsync(string userId, int accountId, IReadOnlyList<int> surveys, Func<Task<SurveyFacts>> load)
    {
        var today = clock.GetUtcNow().UtcDateTime.Date;
        var kept = await cache.GetAsync(accountId, (userId, accountId), async () => new Kept(await load(), surveys, today),
            k => k.Day == today && k.Surveys.SequenceEqual(surveys));
        return kept.Facts;
    }

    /// <summary>After a save that changed <paramref name="accountId"/>'s answers, outcomes or people: the next decision reads again.</summary>
    public void Changed(int accountId) => cache.Changed(accountId);

    // The surveys asked about are part of the facts: a page with other placements reads its own. So is the day.
    private sealed record Kept(SurveyFacts Facts, IReadOnlyList<int> Surveys, DateTime Day);
}
