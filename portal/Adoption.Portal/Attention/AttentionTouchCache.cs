using Adoption.Portal.Domain.Attention;
using Adoption.Portal.Web;

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

    // Per account: every save that adds, changes or removes one of its touches drops its people's touches.
    private readonly ScopedExpiringCache<int, AttentionSubject, Kept> cache = new(clock, Lifetime);

    public async ValueTask<IReadOnlyList<AttentionTouch>> GetAsync(
        AttentionSubject subject, int surveyWaitDays, Func<Task<IReadOnlyList<AttentionTouch>>> load)
    {
        var kept = await cache.GetAsync(subject.AccountId, subject, async () => new Kept(await load(), surveyWaitDays),
            k => k.SurveyWaitDays == surveyWaitDays);
        return kept.Touches;
    }

    /// <summary>After a save that touched <paramref name="accountId"/>'s attention: its people's next decision reads again.</summary>
    public void Changed(int accountId) => cache.Changed(accountId);

    // The survey wait sets how far back surveys are read, so a changed wait reads again too.
    private sealed record Kept(IReadOnlyList<AttentionTouch> Touches, int SurveyWaitDays);
}
