using Adoption.Portal.Domain.Attention;

namespace Adoption.Portal.Attention;

/// <summary>
/// The attention budget as a pure function of the limits, the person's recent touches and the touch
/// asked for, so the nudges, the surveys, the email programs and "why not shown" all reason the same way.
/// </summary>
public static class AttentionRules
{
    public static readonly TimeSpan Day = TimeSpan.FromDays(1);
    public static readonly TimeSpan Week = TimeSpan.FromDays(7);

    /// <summary>
    /// Decides <paramref name="request"/>. <paramref name="recent"/> holds the person's touches of the
    /// last week (and their surveys within the survey wait) and the account's interrupting touches of
    /// the last day, as <see cref="AttentionBudget.LoadRecentAsync"/> reads them.
    /// </summary>
    public static AttentionVerdict Check(AttentionLimits limits, IReadOnlyCollection<AttentionTouch> recent, AttentionRequest request, DateTime now)
    {
        var mine = recent.Where(request.Subject.Matches).ToList();
        if (request.Class != AttentionClass.Email && request.Source is { } source
            && mine.Any(t => t.Source == source && t.At > now - Day))
        {
            return new AttentionVerdict(true, AttentionReason.AlreadyCounted, 0, 0, null);
        }

        var refusal = FirstRefusal(limits, recent, mine, request, now);
        if (refusal is null)
        {
            return new AttentionVerdict(true, AttentionReason.WithinBudget, 0, 0, null);
        }

        return request.Priority == AttentionPriority.Critical
            ? refusal with { Allowed = true, Reason = AttentionReason.CriticalPasses, NextAllowedAt = null }
            : refusal;
    }

    private static AttentionVerdict? FirstRefusal(
        AttentionLimits limits, IReadOnlyCollection<AttentionTouch> recent, List<AttentionTouch> mine, AttentionRequest request, DateTime now)
    {
        // The wait is between surveys: the same survey asked again (after "ask me later") is not another one.
        if (request.Kind == AttentionKind.Survey && SurveyWait(limits, mine.Where(t => request.Source is null || t.Source != request.Source).ToList(), now) is { } wait)
        {
            return wait;
        }

        return request.Class switch
        {
            AttentionClass.Interrupting =>
                Cap(AttentionReason.PersonInterruptingToday, mine, AttentionClass.Interrupting, Day, limits.InterruptingPerUserPerDay, now)
                ?? Cap(AttentionReason.AccountInterruptingToday, recent.Where(t => t.AccountId == request.Subject.AccountId),
                    AttentionClass.Interrupting, Day, limits.InterruptingPerAccountPerDay, now),
            AttentionClass.Ambient => Cap(AttentionReason.PersonAmbientToday, mine, AttentionClass.Ambient, Day, limits.AmbientPerUserPerDay, now),
            _ => Cap(AttentionReason.PersonEmailsThisWeek, mine, AttentionClass.Email, Week, limits.EmailsPerContactPerWeek, now),
        };
    }

    private static AttentionVerdict? SurveyWait(AttentionLimits limits, List<AttentionTouch> mine, DateTime now)
    {
        var wait = TimeSpan.FromDays(limits.SurveyWaitDays);
        var last = mine.Where(t => t.Kind == AttentionKind.Survey).MaxBy(t => t.At);
        return last is not null && last.At > now - wait
            ? new AttentionVerdict(false, AttentionReason.SurveyWait, 1, limits.SurveyWaitDays, last.At + wait)
            : null;
    }

    /// <summary>
    /// Refuses when <paramref name="limit"/> touches of <paramref name="class"/> are inside the window.
    /// An in-app prompt seen again the same day counts once; every email counts.
    /// </summary>
    private static AttentionVerdict? Cap(
        AttentionReason reason, IEnumerable<AttentionTouch> touches, AttentionClass @class, TimeSpan window, int limit, DateTime now)
    {
        var counted = touches
            .Where(t => t.Class == @class && t.At > now - window)
            .GroupBy(t => @class == AttentionClass.Email ? t : (object)(t.ContactId, t.UserId, t.Source))
            .Select(g => g.Min(t => t.At))
            .Order()
            .ToList();
        if (counted.Count < limit)
        {
            return null;
        }

        // It fits again once enough of the counted touches have left the window.
        DateTime? next = limit > 0 ? counted[counted.Count - limit] + window : null;
        return new AttentionVerdict(false, reason, counted.Count, limit, next);
    }
}
