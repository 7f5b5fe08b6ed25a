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

    /// <summary>
    /// An <see cref="AttentionLedger"/> for a run over the people of <paramref name="accountIds"/>: it
    /// holds the accounts' interrupting touches of the last day; <see cref="ReadIntoAsync"/> adds the
    /// touches of each chunk of people before they are checked.
    /// </summary>
    public async Task<AttentionLedger> LedgerForAsync(IReadOnlyCollection<int> accountIds, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var day = now - AttentionRules.Day;
        var interrupting = await db.AttentionTouches.AsNoTracking()
            .Where(t => accountIds.Contains(t.AccountId) && t.Class == AttentionClass.Interrupting && t.At > day)
            .ToListAsync(cancellationToken);
        return new AttentionLedger(Limits, now, interrupting);
    }

    /// <summary>Reads the recent touches of <paramref name="subjects"/> (as <see cref="LoadRecentAsync"/>
    /// does for one person) into <paramref name="ledger"/>: one query by contact, one by user ID.</summary>
    public async Task ReadIntoAsync(AttentionLedger ledger, IReadOnlyCollection<AttentionSubject> subjects, CancellationToken cancellationToken = default)
    {
        var (week, surveys) = (ledger.Now - AttentionRules.Week, ledger.Now - TimeSpan.FromDays(Math.Max(7, Limits.SurveyWaitDays)));
        // One time bound in SQL (the survey wait reaches furthest back), so each query is one index range.
        bool Wanted(AttentionTouch t) => t.At > week || t.Kind == AttentionKind.Survey;
        var contactIds = subjects.Where(s => s.ContactId != null).Select(s => s.ContactId!.Value).Distinct().ToList();
        ledger.File((await db.AttentionTouches.AsNoTracking()
            .Where(t => t.ContactId != null && contactIds.Contains(t.ContactId.Value) && t.At > surveys)
            .ToListAsync(cancellationToken)).Where(Wanted));

        var userIds = subjects.Where(s => s.UserId != null).Select(s => s.UserId!).Distinct().ToList();
        if (userIds.Count > 0)
        {
            var accountIds = subjects.Select(s => s.AccountId).Distinct().ToList();
            ledger.File((await db.AttentionTouches.AsNoTracking()
                .Where(t => accountIds.Contains(t.AccountId) && t.UserId != null && userIds.Contains(t.UserId) && t.At > surveys)
                .ToListAsync(cancellationToken)).Where(Wanted));
        }
    }

    /// <summary>Adds the touch to the context; it is stored by the caller's next save.</summary>
    public AttentionTouch Record(AttentionRequest request, string source)
    {
        var touch = TouchFor(request, source, clock.GetUtcNow().UtcDateTime);
        db.AttentionTouches.Add(touch);
        return touch;
    }

    internal static AttentionTouch TouchFor(AttentionRequest request, string source, DateTime at) => new()
    {
        AccountId = request.Subject.AccountId, ContactId = request.Subject.ContactId, UserId = request.Subject.UserId,
        Kind = request.Kind, Class = request.Class, Priority = request.Priority, Source = source, At = at,
    };
}
