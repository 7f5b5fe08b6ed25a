using Adoption.Portal.Domain.Attention;

namespace Adoption.Portal.Attention;

/// <summary>
/// The one attention budget across in-app nudges, surveys and emails: reads a person's recent
/// touches and records new ones in the caller's unit of work, so a touch is stored in the same
/// transaction as the prompt or the outbox row that makes it.
/// </summary>
public sealed class AttentionBudget(AdoptionDb db, TimeProvider clock, AttentionLimitsSource limits, AttentionTouchCache cache)
{
    /// <summary>The limits in force: CS operations' settings, else configuration.</summary>
    public AttentionLimits Limits => limits.Current;

    /// <summary>What <see cref="AttentionRules.Check"/> needs for <paramref name="subject"/>, in one query.</summary>
    public async Task<IReadOnlyList<AttentionTouch>> LoadRecentAsync(AttentionSubject subject, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var day = now - AttentionRules.Day;
        var week = now - AttentionRules.Week;
        var surveys = now - TimeSpan.FromDays(Math.Max(7, Limits.SurveyWaitDays));
        var (contactId, userId) = (subject.ContactId, subject.UserId);
        return await db.AttentionTouches.AsNoTracking()
            .Where(t => t.AccountId == subject.AccountId
                && ((((contactId != null && t.ContactId == contactId) || (userId != null && t.UserId == userId))
                        && (t.At > week || (t.Kind == AttentionKind.Survey && t.At > surveys)))
                    || (t.Class == AttentionClass.Interrupting && t.At > day)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The same touches as <see cref="LoadRecentAsync"/>, from <see cref="AttentionTouchCache"/> when no
    /// touch was saved at the account since they were read: for the decide API's stream of decisions.
    /// </summary>
    public ValueTask<IReadOnlyList<AttentionTouch>> LoadRecentCachedAsync(AttentionSubject subject, CancellationToken cancellationToken = default) =>
        cache.GetAsync(subject, Limits.SurveyWaitDays, () => LoadRecentAsync(subject, cancellationToken));

    public async Task<AttentionVerdict> CheckAsync(AttentionRequest request, CancellationToken cancellationToken = default) =>
        AttentionRules.Check(Limits, await LoadRecentAsync(request.Subject, cancellationToken), request, clock.GetUtcNow().UtcDateTime);

    /// <summary>Adds the touch to the context; it is stored by the caller's next save.</summary>
    public AttentionTouch Record(AttentionRequest request, string source)
    {
        var touch = new AttentionTouch
        {
            AccountId = request.Subject.AccountId, ContactId = request.Subject.ContactId, UserId = request.Subject.UserId,
            Kind = request.Kind, Class = request.Class, Priority = request.Priority, Source = source,
            At = clock.GetUtcNow().UtcDateTime,
        };
        db.AttentionTouches.Add(touch);
        return touch;
    }
}
