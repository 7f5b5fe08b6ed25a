using System.Collections.Concurrent;
using Adoption.Portal.Domain.Attention;

namespace Adoption.Portal.Attention;

/// <summary>
/// A person's recent touches for the decide API, read once and kept until a touch is saved at their
/// account (<see cref="AttentionTouchWatch"/> counts each save's accounts after it commits), so a
/// stream of decisions costs no budget query while the budget stays exact on this portal: the next
/// decision after a seen outcome, an email or a survey reads again. <see cref="Lifetime"/> bounds how
/// long a touch saved by another portal instance on the same database can go unseen, as for
/// engagement states. Every other reader (preview, "why not shown", email programs) reads the database.
/// </summary>
public sealed class AttentionTouchCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);
    private const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<AttentionSubject, Entry> entries = new();
    // Per account: raised by every save that adds, changes or removes one of its touches.
    private readonly ConcurrentDictionary<int, long> generations = new();

    public async ValueTask<IReadOnlyList<AttentionTouch>> GetAsync(
        AttentionSubject subject, int surveyWaitDays, Func<Task<IReadOnlyList<AttentionTouch>>> load)
    {
        var now = clock.GetUtcNow();
        // Read before the query: a save that commits while it runs raises it, so what we read is not kept.
        var generation = generations.GetValueOrDefault(subject.AccountId);
        if (entries.TryGetValue(subject, out var entry) && entry.Generation == generation
            && entry.SurveyWaitDays == surveyWaitDays && now - entry.ReadAt < Lifetime)
        {
            return entry.Touches;
        }

        var touches = await load();
        if (entries.Count >= MaxEntries)
        {
            // Many distinct people within the lifetime: start over rather than grow without bound.
            entries.Clear();
        }

        entries[subject] = new Entry(touches, generation, surveyWaitDays, now);
        return touches;
    }

    /// <summary>After a save that touched <paramref name="accountId"/>'s attention: its people's next decision reads again.</summary>
    public void Changed(int accountId) => generations.AddOrUpdate(accountId, 1, (_, g) => g + 1);

    // The survey wait sets how far back surveys are read, so a changed wait reads again too.
    private sealed record Entry(IReadOnlyList<AttentionTouch> Touches, long Generation, int SurveyWaitDays, DateTimeOffset ReadAt);
}
